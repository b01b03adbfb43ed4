"""A gRPC gateway for Stripe Checkout Sessions."""
