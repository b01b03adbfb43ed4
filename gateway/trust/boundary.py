"""The trust boundary assembled from the settings: transport, identity, policy, shares.

One owner for what server.py wires in: the server credentials (or plaintext), the
interceptor, the policy store and its reloads (on change and on SIGHUP), the callers'
rate shares, and the start-up line that says which mode is in force.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from typing import Any

import grpc
from checkout_gateway.v1 import checkout_session_service_pb2

from gateway.caller_limits import CallerLimits
from gateway.security import SecurityConfig
from gateway.trust.auth import Authenticator
from gateway.trust.enforcement import TrustInterceptor, audited
from gateway.trust.jwt_auth import JwtSettings, JwtVerifier
from gateway.trust.policy import Policy, PolicyStore
from gateway.trust.tls import TlsFiles, server_credentials
from gateway.trust.webhook_tls import server_context

log = logging.getLogger("gateway.trust")

__all__ = ["TrustBoundary"]


# Reflection's method, which the policy governs too (grpcio-reflection serves v1alpha).
REFLECTION_METHODS = ("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",)


def served_methods() -> list[str]:
    """Every method the policy governs: the gateway's RPCs and reflection's."""
    service = checkout_session_service_pb2.DESCRIPTOR.services_by_name["CheckoutSessionService"]
    return [f"/{service.full_name}/{m.name}" for m in service.methods] + list(REFLECTION_METHODS)


class TrustBoundary:
    """Loads every file named in `security` (raising if one cannot be used)."""

    def __init__(
        self, security: SecurityConfig, *, rate: float = 0.0, burst: int = 0, max_waiting: int = 0
    ) -> None:
        self.security = s = security
        interval = s.reload_interval
        self.policy_store = None
        if s.policy is not None:
            self.policy_store = PolicyStore(s.policy, interval=interval, methods=served_methods())
        verifier = None
        if s.jwt_keys is not None:
            settings = JwtSettings(
                s.jwt_keys, s.jwt_issuer, s.jwt_audience, s.jwt_identity_claim, s.jwt_leeway
            )
            verifier = JwtVerifier(settings, interval=interval)
        mtls = s.tls_client_ca is not None
        self.authenticator = None
        if mtls or verifier is not None or s.identity_from_xfcc or self.policy_store is not None:
            self.authenticator = Authenticator(
                mtls=mtls, xfcc=s.identity_from_xfcc, jwt=verifier, policy=self.policy
            )
        self.interceptor = TrustInterceptor(self.authenticator, self.policy)
        # Nothing to enforce (no identity source, no policy) stays so until a restart.
        self.enforcing = self.authenticator is not None or self.policy_store is not None
        self.caller_limits = None
        if self.policy_store is not None and self.shares() and rate <= 0:
            log.warning("the policy gives rate shares, but there is no --rate-limit to share")
        if self.policy_store is not None and rate > 0:
            self.caller_limits = CallerLimits(
                rate=rate,
                burst=burst,
                max_waiting=max_waiting,
                shares=self.shares,
            )
        self._credentials = None
        if s.tls_cert is not None and s.tls_key is not None:
            files = TlsFiles(s.tls_cert, s.tls_key, s.tls_client_ca)
            self._credentials = server_credentials(files, interval=interval)
        self.webhook_ssl = None  # the webhook port's HTTPS, when configured
        if s.webhook_tls_cert is not None and s.webhook_tls_key is not None:
            self.webhook_ssl = server_context(
                s.webhook_tls_cert, s.webhook_tls_key, interval=interval
            )
        self._watch: asyncio.Task[None] | None = None

    @property
    def interceptors(self) -> list[grpc.aio.ServerInterceptor]:
        """The interceptor, when there is something to enforce: with nothing, grpc.aio's
        interceptor machinery would cost every call 24k instructions to pass it through."""
        return [self.interceptor] if self.enforcing else []

    def guard(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        """`method`'s handler as the server registers it: guarded (its audit record) here
        when no interceptor guards each call."""
        return handler if self.enforcing else audited(method, handler)

    def policy(self) -> Policy | None:
        return self.policy_store.current if self.policy_store is not None else None

    def shares(self) -> Mapping[str, float]:
        policy = self.policy()
        return policy.shares if policy is not None else {}

    def add_port(self, server: Any, listen: str) -> int:
        """Bind `listen` with TLS or in plaintext; the port (0 when grpc could not bind)."""
        try:
            if self._credentials is not None:
                port: int = server.add_secure_port(listen, self._credentials)
            else:
                port = server.add_insecure_port(listen)
        except RuntimeError:  # grpc's "Failed to bind": in use, or not an address of ours
            return 0
        return port

    def describe(self) -> str:
        """The start-up line: mode, identity sources, callers in the policy."""
        s = self.security
        sources = self.authenticator.sources if self.authenticator else []
        policy = self.policy()
        return (
            f"security: {s.mode}; identity sources: {', '.join(sources) or 'none'}; "
            + (
                f"policy {s.policy}: {len(policy.callers)} callers"
                if policy is not None
                else "no policy (every caller may call every RPC)"
            )
            + (f"; health alone on {s.health_listen} (plaintext)" if s.health_listen else "")
            + ("; --insecure" if s.insecure else "")
        )

    def reload(self) -> None:
        """SIGHUP: re-read the policy now (a policy that does not parse is logged and kept)."""
        if self.policy_store is not None:
            log.info("SIGHUP: re-reading the policy %s", self.policy_store.path)
            self.policy_store.reload()

    def start(self) -> None:
        """In the serving loop: look at the policy file for changes."""
        if self.policy_store is not None:
            self._watch = asyncio.get_running_loop().create_task(self._watch_policy())

    async def _watch_policy(self) -> None:
        assert self.policy_store is not None
        while True:
            await asyncio.sleep(self.security.reload_interval)
            self.policy_store.refresh()

    async def stop(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
