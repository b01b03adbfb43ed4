# checkout-gateway: the gRPC gateway for Stripe Checkout Sessions.
#
#   docker build -t checkout-gateway .
#   docker run -p 50051:50051 -e STRIPE_API_KEY=sk_test_... checkout-gateway
#   docker run -p 50051:50051 checkout-gateway --listen 0.0.0.0:50051 --emulator   # no Stripe key
#
# Configuration: flags after the image name (they replace CMD), or GATEWAY_*/STRIPE_* variables
# (STRIPE_API_KEY_FILE for a mounted secret). SIGTERM drains in-flight calls for
# GATEWAY_SHUTDOWN_GRACE seconds (default 10): give `docker stop -t` / the pod's
# terminationGracePeriodSeconds a little more than that.

# --- builder: the project and its pinned dependencies in a venv at /opt/venv -------------------
FROM python:3.11-slim AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# Dependencies first, so code changes reuse this layer. README.md* may be absent (the glob keeps
# COPY from failing); pyproject.toml names it only for the package's long description.
COPY pyproject.toml constraints.txt README.md* ./
COPY gateway/ gateway/
COPY stripe_emulator/ stripe_emulator/
COPY generated/ generated/
# Every dependency resolves to the version pinned in constraints.txt (the file CI tests with).
RUN pip install --no-cache-dir -c constraints.txt .

# --- runtime: the venv only; no compilers, no source tree, not root ----------------------------
FROM python:3.11-slim AS runtime

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HEALTHCHECK_TARGET=127.0.0.1:50051

RUN groupadd --system --gid 10001 gateway \
    && useradd --system --uid 10001 --gid gateway --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin gateway

COPY --from=builder /opt/venv /opt/venv

# Numeric, so Kubernetes' runAsNonRoot can verify it without /etc/passwd.
USER 10001:10001
WORKDIR /tmp

EXPOSE 50051

# The gRPC health service (grpc.health.v1), as a Kubernetes grpc probe would ask it: exit 0 only
# when the gateway's service is SERVING (it turns NOT_SERVING as shutdown starts). Listening
# elsewhere than 0.0.0.0:50051? Set HEALTHCHECK_TARGET to match.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, sys, grpc\nfrom grpc_health.v1 import health_pb2, health_pb2_grpc\nwith grpc.insecure_channel(os.environ['HEALTHCHECK_TARGET']) as channel:\n    reply = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service='checkout_gateway.v1.CheckoutSessionService'), timeout=3)\nsys.exit(0 if reply.status == health_pb2.HealthCheckResponse.SERVING else 1)"]

ENTRYPOINT ["checkout-gateway", "serve"]
CMD ["--listen", "0.0.0.0:50051"]
