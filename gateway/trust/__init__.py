"""The trust boundary: who may call, over what transport, and the record of what they did.

`TrustBoundary` (boundary) assembles it from the security settings: TLS and its reloads
(tls, watched), caller identity (auth, jwt_auth), the policy (policy) and its enforcement
as an interceptor (enforcement), the audit trail (audit) and plaintext health (health_port).
The rest of the gateway imports from here; the caller it establishes is `gateway.identity`.
"""

from __future__ import annotations

from gateway.trust.boundary import TrustBoundary
from gateway.trust.health_port import serve_health

__all__ = ["TrustBoundary", "serve_health"]
