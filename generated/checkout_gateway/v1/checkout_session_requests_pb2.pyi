from checkout_gateway.v1 import checkout_session_pb2 as _checkout_session_pb2
from checkout_gateway.v1 import line_item_pb2 as _line_item_pb2
from checkout_gateway.v1 import options_pb2 as _options_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateCheckoutSessionRequest(_message.Message):
    __slots__ = ("adaptive_pricing", "after_expiration", "allow_promotion_codes", "allowed_payment_method_types", "automatic_tax", "billing_address_collection", "branding_settings", "cancel_url", "client_reference_id", "consent_collection", "currency", "custom_fields", "custom_text", "customer", "customer_account", "customer_creation", "customer_email", "customer_update", "discounts", "excluded_payment_method_types", "expand", "expires_at", "integration_identifier", "invoice_creation", "line_items", "locale", "managed_payments", "metadata", "mode", "name_collection", "optional_items", "origin_context", "payment_intent_data", "payment_method_collection", "payment_method_configuration", "payment_method_data", "payment_method_options", "permissions", "phone_number_collection", "redirect_on_completion", "return_url", "saved_payment_method_options", "setup_intent_data", "shipping_address_collection", "shipping_options", "submit_type", "subscription_data", "success_url", "tax_id_collection", "ui_mode", "wallet_options")
    class AllowedPaymentMethodTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ALLOWED_PAYMENT_METHOD_TYPES_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_ACSS_DEBIT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_AFFIRM: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_AFTERPAY_CLEARPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_ALIPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_ALMA: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_AMAZON_PAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_AU_BECS_DEBIT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_BACS_DEBIT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_BANCONTACT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_BILLIE: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_BIZUM: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_BLIK: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_BOLETO: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_CARD: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_CASHAPP: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_CRYPTO: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_CUSTOMER_BALANCE: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_EPS: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_FPX: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_GIROPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_GRABPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_IDEAL: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_KAKAO_PAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_KLARNA: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_KONBINI: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_KR_CARD: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_LINK: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_MB_WAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_MOBILEPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_MULTIBANCO: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_NAVER_PAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_NZ_BANK_ACCOUNT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_OXXO: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_P24: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PAY_BY_BANK: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PAYCO: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PAYNOW: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PAYPAL: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PAYPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PAYTO: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PIX: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_PROMPTPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_REVOLUT_PAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SAMSUNG_PAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SATISPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SCALAPAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SEPA_DEBIT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SEQURA: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SOFORT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SUNBIT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_SWISH: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_TWINT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_UPI: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_US_BANK_ACCOUNT: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_WECHAT_PAY: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
        ALLOWED_PAYMENT_METHOD_TYPES_ZIP: _ClassVar[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
    ALLOWED_PAYMENT_METHOD_TYPES_UNSPECIFIED: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_ACSS_DEBIT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_AFFIRM: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_AFTERPAY_CLEARPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_ALIPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_ALMA: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_AMAZON_PAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_AU_BECS_DEBIT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_BACS_DEBIT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_BANCONTACT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_BILLIE: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_BIZUM: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_BLIK: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_BOLETO: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_CARD: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_CASHAPP: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_CRYPTO: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_CUSTOMER_BALANCE: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_EPS: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_FPX: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_GIROPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_GRABPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_IDEAL: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_KAKAO_PAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_KLARNA: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_KONBINI: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_KR_CARD: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_LINK: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_MB_WAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_MOBILEPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_MULTIBANCO: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_NAVER_PAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_NZ_BANK_ACCOUNT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_OXXO: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_P24: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PAY_BY_BANK: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PAYCO: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PAYNOW: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PAYPAL: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PAYPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PAYTO: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PIX: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_PROMPTPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_REVOLUT_PAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SAMSUNG_PAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SATISPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SCALAPAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SEPA_DEBIT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SEQURA: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SOFORT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SUNBIT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_SWISH: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_TWINT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_UPI: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_US_BANK_ACCOUNT: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_WECHAT_PAY: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    ALLOWED_PAYMENT_METHOD_TYPES_ZIP: CreateCheckoutSessionRequest.AllowedPaymentMethodTypes
    class BillingAddressCollection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BILLING_ADDRESS_COLLECTION_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.BillingAddressCollection]
        BILLING_ADDRESS_COLLECTION_AUTO: _ClassVar[CreateCheckoutSessionRequest.BillingAddressCollection]
        BILLING_ADDRESS_COLLECTION_REQUIRED: _ClassVar[CreateCheckoutSessionRequest.BillingAddressCollection]
    BILLING_ADDRESS_COLLECTION_UNSPECIFIED: CreateCheckoutSessionRequest.BillingAddressCollection
    BILLING_ADDRESS_COLLECTION_AUTO: CreateCheckoutSessionRequest.BillingAddressCollection
    BILLING_ADDRESS_COLLECTION_REQUIRED: CreateCheckoutSessionRequest.BillingAddressCollection
    class CustomerCreation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CUSTOMER_CREATION_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.CustomerCreation]
        CUSTOMER_CREATION_ALWAYS: _ClassVar[CreateCheckoutSessionRequest.CustomerCreation]
        CUSTOMER_CREATION_IF_REQUIRED: _ClassVar[CreateCheckoutSessionRequest.CustomerCreation]
    CUSTOMER_CREATION_UNSPECIFIED: CreateCheckoutSessionRequest.CustomerCreation
    CUSTOMER_CREATION_ALWAYS: CreateCheckoutSessionRequest.CustomerCreation
    CUSTOMER_CREATION_IF_REQUIRED: CreateCheckoutSessionRequest.CustomerCreation
    class ExcludedPaymentMethodTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EXCLUDED_PAYMENT_METHOD_TYPES_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_ACSS_DEBIT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_AFFIRM: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_AFTERPAY_CLEARPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_ALIPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_ALMA: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_AMAZON_PAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_AU_BECS_DEBIT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_BACS_DEBIT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_BANCONTACT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_BILLIE: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_BIZUM: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_BLIK: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_BOLETO: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_CARD: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_CASHAPP: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_CRYPTO: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_CUSTOMER_BALANCE: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_EPS: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_FPX: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_GIROPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_GRABPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_IDEAL: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_KAKAO_PAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_KLARNA: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_KONBINI: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_KR_CARD: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_MB_WAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_MOBILEPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_MULTIBANCO: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_NAVER_PAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_NZ_BANK_ACCOUNT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_OXXO: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_P24: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PAY_BY_BANK: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PAYCO: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PAYNOW: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PAYPAL: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PAYPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PAYTO: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PIX: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_PROMPTPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_REVOLUT_PAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SAMSUNG_PAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SATISPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SCALAPAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SEPA_DEBIT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SEQURA: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SOFORT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SUNBIT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_SWISH: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_TWINT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_UPI: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_US_BANK_ACCOUNT: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_WECHAT_PAY: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
        EXCLUDED_PAYMENT_METHOD_TYPES_ZIP: _ClassVar[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
    EXCLUDED_PAYMENT_METHOD_TYPES_UNSPECIFIED: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_ACSS_DEBIT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_AFFIRM: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_AFTERPAY_CLEARPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_ALIPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_ALMA: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_AMAZON_PAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_AU_BECS_DEBIT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_BACS_DEBIT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_BANCONTACT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_BILLIE: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_BIZUM: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_BLIK: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_BOLETO: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_CARD: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_CASHAPP: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_CRYPTO: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_CUSTOMER_BALANCE: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_EPS: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_FPX: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_GIROPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_GRABPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_IDEAL: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_KAKAO_PAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_KLARNA: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_KONBINI: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_KR_CARD: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_MB_WAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_MOBILEPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_MULTIBANCO: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_NAVER_PAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_NZ_BANK_ACCOUNT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_OXXO: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_P24: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PAY_BY_BANK: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PAYCO: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PAYNOW: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PAYPAL: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PAYPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PAYTO: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PIX: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_PROMPTPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_REVOLUT_PAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SAMSUNG_PAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SATISPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SCALAPAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SEPA_DEBIT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SEQURA: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SOFORT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SUNBIT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_SWISH: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_TWINT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_UPI: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_US_BANK_ACCOUNT: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_WECHAT_PAY: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    EXCLUDED_PAYMENT_METHOD_TYPES_ZIP: CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes
    class Locale(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        LOCALE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_AUTO: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_BG: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_CS: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_DA: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_DE: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_EL: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_EN: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_EN_GB: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_ES: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_ES_419: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_ET: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_FI: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_FIL: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_FR: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_FR_CA: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_HI_IN: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_HR: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_HU: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_ID: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_IT: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_JA: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_KO: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_LT: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_LV: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_MS: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_MT: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_NB: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_NL: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_PL: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_PT: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_PT_BR: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_RO: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_RU: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_SK: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_SL: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_SV: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_TH: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_TR: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_VI: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_ZH: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_ZH_HK: _ClassVar[CreateCheckoutSessionRequest.Locale]
        LOCALE_ZH_TW: _ClassVar[CreateCheckoutSessionRequest.Locale]
    LOCALE_UNSPECIFIED: CreateCheckoutSessionRequest.Locale
    LOCALE_AUTO: CreateCheckoutSessionRequest.Locale
    LOCALE_BG: CreateCheckoutSessionRequest.Locale
    LOCALE_CS: CreateCheckoutSessionRequest.Locale
    LOCALE_DA: CreateCheckoutSessionRequest.Locale
    LOCALE_DE: CreateCheckoutSessionRequest.Locale
    LOCALE_EL: CreateCheckoutSessionRequest.Locale
    LOCALE_EN: CreateCheckoutSessionRequest.Locale
    LOCALE_EN_GB: CreateCheckoutSessionRequest.Locale
    LOCALE_ES: CreateCheckoutSessionRequest.Locale
    LOCALE_ES_419: CreateCheckoutSessionRequest.Locale
    LOCALE_ET: CreateCheckoutSessionRequest.Locale
    LOCALE_FI: CreateCheckoutSessionRequest.Locale
    LOCALE_FIL: CreateCheckoutSessionRequest.Locale
    LOCALE_FR: CreateCheckoutSessionRequest.Locale
    LOCALE_FR_CA: CreateCheckoutSessionRequest.Locale
    LOCALE_HI_IN: CreateCheckoutSessionRequest.Locale
    LOCALE_HR: CreateCheckoutSessionRequest.Locale
    LOCALE_HU: CreateCheckoutSessionRequest.Locale
    LOCALE_ID: CreateCheckoutSessionRequest.Locale
    LOCALE_IT: CreateCheckoutSessionRequest.Locale
    LOCALE_JA: CreateCheckoutSessionRequest.Locale
    LOCALE_KO: CreateCheckoutSessionRequest.Locale
    LOCALE_LT: CreateCheckoutSessionRequest.Locale
    LOCALE_LV: CreateCheckoutSessionRequest.Locale
    LOCALE_MS: CreateCheckoutSessionRequest.Locale
    LOCALE_MT: CreateCheckoutSessionRequest.Locale
    LOCALE_NB: CreateCheckoutSessionRequest.Locale
    LOCALE_NL: CreateCheckoutSessionRequest.Locale
    LOCALE_PL: CreateCheckoutSessionRequest.Locale
    LOCALE_PT: CreateCheckoutSessionRequest.Locale
    LOCALE_PT_BR: CreateCheckoutSessionRequest.Locale
    LOCALE_RO: CreateCheckoutSessionRequest.Locale
    LOCALE_RU: CreateCheckoutSessionRequest.Locale
    LOCALE_SK: CreateCheckoutSessionRequest.Locale
    LOCALE_SL: CreateCheckoutSessionRequest.Locale
    LOCALE_SV: CreateCheckoutSessionRequest.Locale
    LOCALE_TH: CreateCheckoutSessionRequest.Locale
    LOCALE_TR: CreateCheckoutSessionRequest.Locale
    LOCALE_VI: CreateCheckoutSessionRequest.Locale
    LOCALE_ZH: CreateCheckoutSessionRequest.Locale
    LOCALE_ZH_HK: CreateCheckoutSessionRequest.Locale
    LOCALE_ZH_TW: CreateCheckoutSessionRequest.Locale
    class Mode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        MODE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.Mode]
        MODE_PAYMENT: _ClassVar[CreateCheckoutSessionRequest.Mode]
        MODE_SETUP: _ClassVar[CreateCheckoutSessionRequest.Mode]
        MODE_SUBSCRIPTION: _ClassVar[CreateCheckoutSessionRequest.Mode]
    MODE_UNSPECIFIED: CreateCheckoutSessionRequest.Mode
    MODE_PAYMENT: CreateCheckoutSessionRequest.Mode
    MODE_SETUP: CreateCheckoutSessionRequest.Mode
    MODE_SUBSCRIPTION: CreateCheckoutSessionRequest.Mode
    class OriginContext(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ORIGIN_CONTEXT_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.OriginContext]
        ORIGIN_CONTEXT_MOBILE_APP: _ClassVar[CreateCheckoutSessionRequest.OriginContext]
        ORIGIN_CONTEXT_WEB: _ClassVar[CreateCheckoutSessionRequest.OriginContext]
    ORIGIN_CONTEXT_UNSPECIFIED: CreateCheckoutSessionRequest.OriginContext
    ORIGIN_CONTEXT_MOBILE_APP: CreateCheckoutSessionRequest.OriginContext
    ORIGIN_CONTEXT_WEB: CreateCheckoutSessionRequest.OriginContext
    class PaymentMethodCollection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PAYMENT_METHOD_COLLECTION_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodCollection]
        PAYMENT_METHOD_COLLECTION_ALWAYS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodCollection]
        PAYMENT_METHOD_COLLECTION_IF_REQUIRED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodCollection]
    PAYMENT_METHOD_COLLECTION_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodCollection
    PAYMENT_METHOD_COLLECTION_ALWAYS: CreateCheckoutSessionRequest.PaymentMethodCollection
    PAYMENT_METHOD_COLLECTION_IF_REQUIRED: CreateCheckoutSessionRequest.PaymentMethodCollection
    class RedirectOnCompletion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REDIRECT_ON_COMPLETION_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.RedirectOnCompletion]
        REDIRECT_ON_COMPLETION_ALWAYS: _ClassVar[CreateCheckoutSessionRequest.RedirectOnCompletion]
        REDIRECT_ON_COMPLETION_IF_REQUIRED: _ClassVar[CreateCheckoutSessionRequest.RedirectOnCompletion]
        REDIRECT_ON_COMPLETION_NEVER: _ClassVar[CreateCheckoutSessionRequest.RedirectOnCompletion]
    REDIRECT_ON_COMPLETION_UNSPECIFIED: CreateCheckoutSessionRequest.RedirectOnCompletion
    REDIRECT_ON_COMPLETION_ALWAYS: CreateCheckoutSessionRequest.RedirectOnCompletion
    REDIRECT_ON_COMPLETION_IF_REQUIRED: CreateCheckoutSessionRequest.RedirectOnCompletion
    REDIRECT_ON_COMPLETION_NEVER: CreateCheckoutSessionRequest.RedirectOnCompletion
    class SubmitType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUBMIT_TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SubmitType]
        SUBMIT_TYPE_AUTO: _ClassVar[CreateCheckoutSessionRequest.SubmitType]
        SUBMIT_TYPE_BOOK: _ClassVar[CreateCheckoutSessionRequest.SubmitType]
        SUBMIT_TYPE_DONATE: _ClassVar[CreateCheckoutSessionRequest.SubmitType]
        SUBMIT_TYPE_PAY: _ClassVar[CreateCheckoutSessionRequest.SubmitType]
        SUBMIT_TYPE_SUBSCRIBE: _ClassVar[CreateCheckoutSessionRequest.SubmitType]
    SUBMIT_TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.SubmitType
    SUBMIT_TYPE_AUTO: CreateCheckoutSessionRequest.SubmitType
    SUBMIT_TYPE_BOOK: CreateCheckoutSessionRequest.SubmitType
    SUBMIT_TYPE_DONATE: CreateCheckoutSessionRequest.SubmitType
    SUBMIT_TYPE_PAY: CreateCheckoutSessionRequest.SubmitType
    SUBMIT_TYPE_SUBSCRIBE: CreateCheckoutSessionRequest.SubmitType
    class UiMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UI_MODE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.UiMode]
        UI_MODE_ELEMENTS: _ClassVar[CreateCheckoutSessionRequest.UiMode]
        UI_MODE_EMBEDDED_PAGE: _ClassVar[CreateCheckoutSessionRequest.UiMode]
        UI_MODE_FORM: _ClassVar[CreateCheckoutSessionRequest.UiMode]
        UI_MODE_HOSTED_PAGE: _ClassVar[CreateCheckoutSessionRequest.UiMode]
    UI_MODE_UNSPECIFIED: CreateCheckoutSessionRequest.UiMode
    UI_MODE_ELEMENTS: CreateCheckoutSessionRequest.UiMode
    UI_MODE_EMBEDDED_PAGE: CreateCheckoutSessionRequest.UiMode
    UI_MODE_FORM: CreateCheckoutSessionRequest.UiMode
    UI_MODE_HOSTED_PAGE: CreateCheckoutSessionRequest.UiMode
    class AdaptivePricing(_message.Message):
        __slots__ = ("enabled",)
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        def __init__(self, enabled: _Optional[bool] = ...) -> None: ...
    class AfterExpiration(_message.Message):
        __slots__ = ("recovery",)
        class Recovery(_message.Message):
            __slots__ = ("allow_promotion_codes", "enabled")
            ALLOW_PROMOTION_CODES_FIELD_NUMBER: _ClassVar[int]
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            allow_promotion_codes: bool
            enabled: bool
            def __init__(self, allow_promotion_codes: _Optional[bool] = ..., enabled: _Optional[bool] = ...) -> None: ...
        RECOVERY_FIELD_NUMBER: _ClassVar[int]
        recovery: CreateCheckoutSessionRequest.AfterExpiration.Recovery
        def __init__(self, recovery: _Optional[_Union[CreateCheckoutSessionRequest.AfterExpiration.Recovery, _Mapping]] = ...) -> None: ...
    class AutomaticTax(_message.Message):
        __slots__ = ("enabled", "liability")
        class Liability(_message.Message):
            __slots__ = ("account", "type")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.AutomaticTax.Liability.Type]
                TYPE_ACCOUNT: _ClassVar[CreateCheckoutSessionRequest.AutomaticTax.Liability.Type]
                TYPE_SELF: _ClassVar[CreateCheckoutSessionRequest.AutomaticTax.Liability.Type]
            TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.AutomaticTax.Liability.Type
            TYPE_ACCOUNT: CreateCheckoutSessionRequest.AutomaticTax.Liability.Type
            TYPE_SELF: CreateCheckoutSessionRequest.AutomaticTax.Liability.Type
            ACCOUNT_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            account: str
            type: CreateCheckoutSessionRequest.AutomaticTax.Liability.Type
            def __init__(self, account: _Optional[str] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.AutomaticTax.Liability.Type, str]] = ...) -> None: ...
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        LIABILITY_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        liability: CreateCheckoutSessionRequest.AutomaticTax.Liability
        def __init__(self, enabled: _Optional[bool] = ..., liability: _Optional[_Union[CreateCheckoutSessionRequest.AutomaticTax.Liability, _Mapping]] = ...) -> None: ...
    class BrandingSettings(_message.Message):
        __slots__ = ("background_color", "border_style", "clear_border_style", "button_color", "display_name", "font_family", "clear_font_family", "icon", "logo")
        class BorderStyle(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            BORDER_STYLE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.BorderStyle]
            BORDER_STYLE_PILL: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.BorderStyle]
            BORDER_STYLE_RECTANGULAR: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.BorderStyle]
            BORDER_STYLE_ROUNDED: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.BorderStyle]
        BORDER_STYLE_UNSPECIFIED: CreateCheckoutSessionRequest.BrandingSettings.BorderStyle
        BORDER_STYLE_PILL: CreateCheckoutSessionRequest.BrandingSettings.BorderStyle
        BORDER_STYLE_RECTANGULAR: CreateCheckoutSessionRequest.BrandingSettings.BorderStyle
        BORDER_STYLE_ROUNDED: CreateCheckoutSessionRequest.BrandingSettings.BorderStyle
        class FontFamily(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            FONT_FAMILY_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_BE_VIETNAM_PRO: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_BITTER: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_CHAKRA_PETCH: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_DEFAULT: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_HAHMLET: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_INCONSOLATA: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_INTER: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_LATO: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_LORA: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_M_PLUS_1_CODE: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_MONTSERRAT: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_NOTO_SANS: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_NOTO_SANS_JP: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_NOTO_SERIF: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_NUNITO: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_OPEN_SANS: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_PRIDI: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_PT_SANS: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_PT_SERIF: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_RALEWAY: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_ROBOTO: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_ROBOTO_SLAB: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_SOURCE_SANS_PRO: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_TITILLIUM_WEB: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_UBUNTU_MONO: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
            FONT_FAMILY_ZEN_MARU_GOTHIC: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.FontFamily]
        FONT_FAMILY_UNSPECIFIED: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_BE_VIETNAM_PRO: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_BITTER: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_CHAKRA_PETCH: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_DEFAULT: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_HAHMLET: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_INCONSOLATA: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_INTER: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_LATO: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_LORA: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_M_PLUS_1_CODE: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_MONTSERRAT: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_NOTO_SANS: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_NOTO_SANS_JP: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_NOTO_SERIF: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_NUNITO: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_OPEN_SANS: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_PRIDI: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_PT_SANS: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_PT_SERIF: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_RALEWAY: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_ROBOTO: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_ROBOTO_SLAB: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_SOURCE_SANS_PRO: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_TITILLIUM_WEB: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_UBUNTU_MONO: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        FONT_FAMILY_ZEN_MARU_GOTHIC: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        class Icon(_message.Message):
            __slots__ = ("file", "type", "url")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.Icon.Type]
                TYPE_FILE: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.Icon.Type]
                TYPE_URL: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.Icon.Type]
            TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.BrandingSettings.Icon.Type
            TYPE_FILE: CreateCheckoutSessionRequest.BrandingSettings.Icon.Type
            TYPE_URL: CreateCheckoutSessionRequest.BrandingSettings.Icon.Type
            FILE_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            URL_FIELD_NUMBER: _ClassVar[int]
            file: str
            type: CreateCheckoutSessionRequest.BrandingSettings.Icon.Type
            url: str
            def __init__(self, file: _Optional[str] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.BrandingSettings.Icon.Type, str]] = ..., url: _Optional[str] = ...) -> None: ...
        class Logo(_message.Message):
            __slots__ = ("file", "type", "url")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.Logo.Type]
                TYPE_FILE: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.Logo.Type]
                TYPE_URL: _ClassVar[CreateCheckoutSessionRequest.BrandingSettings.Logo.Type]
            TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.BrandingSettings.Logo.Type
            TYPE_FILE: CreateCheckoutSessionRequest.BrandingSettings.Logo.Type
            TYPE_URL: CreateCheckoutSessionRequest.BrandingSettings.Logo.Type
            FILE_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            URL_FIELD_NUMBER: _ClassVar[int]
            file: str
            type: CreateCheckoutSessionRequest.BrandingSettings.Logo.Type
            url: str
            def __init__(self, file: _Optional[str] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.BrandingSettings.Logo.Type, str]] = ..., url: _Optional[str] = ...) -> None: ...
        BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
        BORDER_STYLE_FIELD_NUMBER: _ClassVar[int]
        CLEAR_BORDER_STYLE_FIELD_NUMBER: _ClassVar[int]
        BUTTON_COLOR_FIELD_NUMBER: _ClassVar[int]
        DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
        FONT_FAMILY_FIELD_NUMBER: _ClassVar[int]
        CLEAR_FONT_FAMILY_FIELD_NUMBER: _ClassVar[int]
        ICON_FIELD_NUMBER: _ClassVar[int]
        LOGO_FIELD_NUMBER: _ClassVar[int]
        background_color: str
        border_style: CreateCheckoutSessionRequest.BrandingSettings.BorderStyle
        clear_border_style: bool
        button_color: str
        display_name: str
        font_family: CreateCheckoutSessionRequest.BrandingSettings.FontFamily
        clear_font_family: bool
        icon: CreateCheckoutSessionRequest.BrandingSettings.Icon
        logo: CreateCheckoutSessionRequest.BrandingSettings.Logo
        def __init__(self, background_color: _Optional[str] = ..., border_style: _Optional[_Union[CreateCheckoutSessionRequest.BrandingSettings.BorderStyle, str]] = ..., clear_border_style: _Optional[bool] = ..., button_color: _Optional[str] = ..., display_name: _Optional[str] = ..., font_family: _Optional[_Union[CreateCheckoutSessionRequest.BrandingSettings.FontFamily, str]] = ..., clear_font_family: _Optional[bool] = ..., icon: _Optional[_Union[CreateCheckoutSessionRequest.BrandingSettings.Icon, _Mapping]] = ..., logo: _Optional[_Union[CreateCheckoutSessionRequest.BrandingSettings.Logo, _Mapping]] = ...) -> None: ...
    class ConsentCollection(_message.Message):
        __slots__ = ("payment_method_reuse_agreement", "promotions", "terms_of_service")
        class Promotions(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PROMOTIONS_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.Promotions]
            PROMOTIONS_AUTO: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.Promotions]
            PROMOTIONS_NONE: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.Promotions]
        PROMOTIONS_UNSPECIFIED: CreateCheckoutSessionRequest.ConsentCollection.Promotions
        PROMOTIONS_AUTO: CreateCheckoutSessionRequest.ConsentCollection.Promotions
        PROMOTIONS_NONE: CreateCheckoutSessionRequest.ConsentCollection.Promotions
        class TermsOfService(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TERMS_OF_SERVICE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.TermsOfService]
            TERMS_OF_SERVICE_NONE: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.TermsOfService]
            TERMS_OF_SERVICE_REQUIRED: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.TermsOfService]
        TERMS_OF_SERVICE_UNSPECIFIED: CreateCheckoutSessionRequest.ConsentCollection.TermsOfService
        TERMS_OF_SERVICE_NONE: CreateCheckoutSessionRequest.ConsentCollection.TermsOfService
        TERMS_OF_SERVICE_REQUIRED: CreateCheckoutSessionRequest.ConsentCollection.TermsOfService
        class PaymentMethodReuseAgreement(_message.Message):
            __slots__ = ("position",)
            class Position(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                POSITION_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position]
                POSITION_AUTO: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position]
                POSITION_HIDDEN: _ClassVar[CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position]
            POSITION_UNSPECIFIED: CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position
            POSITION_AUTO: CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position
            POSITION_HIDDEN: CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position
            POSITION_FIELD_NUMBER: _ClassVar[int]
            position: CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position
            def __init__(self, position: _Optional[_Union[CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement.Position, str]] = ...) -> None: ...
        PAYMENT_METHOD_REUSE_AGREEMENT_FIELD_NUMBER: _ClassVar[int]
        PROMOTIONS_FIELD_NUMBER: _ClassVar[int]
        TERMS_OF_SERVICE_FIELD_NUMBER: _ClassVar[int]
        payment_method_reuse_agreement: CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement
        promotions: CreateCheckoutSessionRequest.ConsentCollection.Promotions
        terms_of_service: CreateCheckoutSessionRequest.ConsentCollection.TermsOfService
        def __init__(self, payment_method_reuse_agreement: _Optional[_Union[CreateCheckoutSessionRequest.ConsentCollection.PaymentMethodReuseAgreement, _Mapping]] = ..., promotions: _Optional[_Union[CreateCheckoutSessionRequest.ConsentCollection.Promotions, str]] = ..., terms_of_service: _Optional[_Union[CreateCheckoutSessionRequest.ConsentCollection.TermsOfService, str]] = ...) -> None: ...
    class CustomField(_message.Message):
        __slots__ = ("dropdown", "key", "label", "numeric", "optional", "text", "type")
        class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.CustomField.Type]
            TYPE_DROPDOWN: _ClassVar[CreateCheckoutSessionRequest.CustomField.Type]
            TYPE_NUMERIC: _ClassVar[CreateCheckoutSessionRequest.CustomField.Type]
            TYPE_TEXT: _ClassVar[CreateCheckoutSessionRequest.CustomField.Type]
        TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.CustomField.Type
        TYPE_DROPDOWN: CreateCheckoutSessionRequest.CustomField.Type
        TYPE_NUMERIC: CreateCheckoutSessionRequest.CustomField.Type
        TYPE_TEXT: CreateCheckoutSessionRequest.CustomField.Type
        class Dropdown(_message.Message):
            __slots__ = ("default_value", "options")
            class Option(_message.Message):
                __slots__ = ("label", "value")
                LABEL_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                label: str
                value: str
                def __init__(self, label: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
            DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
            OPTIONS_FIELD_NUMBER: _ClassVar[int]
            default_value: str
            options: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.CustomField.Dropdown.Option]
            def __init__(self, default_value: _Optional[str] = ..., options: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.CustomField.Dropdown.Option, _Mapping]]] = ...) -> None: ...
        class Label(_message.Message):
            __slots__ = ("custom", "type")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.CustomField.Label.Type]
                TYPE_CUSTOM: _ClassVar[CreateCheckoutSessionRequest.CustomField.Label.Type]
            TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.CustomField.Label.Type
            TYPE_CUSTOM: CreateCheckoutSessionRequest.CustomField.Label.Type
            CUSTOM_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            custom: str
            type: CreateCheckoutSessionRequest.CustomField.Label.Type
            def __init__(self, custom: _Optional[str] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.CustomField.Label.Type, str]] = ...) -> None: ...
        class Numeric(_message.Message):
            __slots__ = ("default_value", "maximum_length", "minimum_length")
            DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            default_value: str
            maximum_length: int
            minimum_length: int
            def __init__(self, default_value: _Optional[str] = ..., maximum_length: _Optional[int] = ..., minimum_length: _Optional[int] = ...) -> None: ...
        class Text(_message.Message):
            __slots__ = ("default_value", "maximum_length", "minimum_length")
            DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            default_value: str
            maximum_length: int
            minimum_length: int
            def __init__(self, default_value: _Optional[str] = ..., maximum_length: _Optional[int] = ..., minimum_length: _Optional[int] = ...) -> None: ...
        DROPDOWN_FIELD_NUMBER: _ClassVar[int]
        KEY_FIELD_NUMBER: _ClassVar[int]
        LABEL_FIELD_NUMBER: _ClassVar[int]
        NUMERIC_FIELD_NUMBER: _ClassVar[int]
        OPTIONAL_FIELD_NUMBER: _ClassVar[int]
        TEXT_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        dropdown: CreateCheckoutSessionRequest.CustomField.Dropdown
        key: str
        label: CreateCheckoutSessionRequest.CustomField.Label
        numeric: CreateCheckoutSessionRequest.CustomField.Numeric
        optional: bool
        text: CreateCheckoutSessionRequest.CustomField.Text
        type: CreateCheckoutSessionRequest.CustomField.Type
        def __init__(self, dropdown: _Optional[_Union[CreateCheckoutSessionRequest.CustomField.Dropdown, _Mapping]] = ..., key: _Optional[str] = ..., label: _Optional[_Union[CreateCheckoutSessionRequest.CustomField.Label, _Mapping]] = ..., numeric: _Optional[_Union[CreateCheckoutSessionRequest.CustomField.Numeric, _Mapping]] = ..., optional: _Optional[bool] = ..., text: _Optional[_Union[CreateCheckoutSessionRequest.CustomField.Text, _Mapping]] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.CustomField.Type, str]] = ...) -> None: ...
    class CustomText(_message.Message):
        __slots__ = ("after_submit", "clear_after_submit", "shipping_address", "clear_shipping_address", "submit", "clear_submit", "terms_of_service_acceptance", "clear_terms_of_service_acceptance")
        class AfterSubmit(_message.Message):
            __slots__ = ("message",)
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            message: str
            def __init__(self, message: _Optional[str] = ...) -> None: ...
        class ShippingAddress(_message.Message):
            __slots__ = ("message",)
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            message: str
            def __init__(self, message: _Optional[str] = ...) -> None: ...
        class Submit(_message.Message):
            __slots__ = ("message",)
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            message: str
            def __init__(self, message: _Optional[str] = ...) -> None: ...
        class TermsOfServiceAcceptance(_message.Message):
            __slots__ = ("message",)
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            message: str
            def __init__(self, message: _Optional[str] = ...) -> None: ...
        AFTER_SUBMIT_FIELD_NUMBER: _ClassVar[int]
        CLEAR_AFTER_SUBMIT_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_ADDRESS_FIELD_NUMBER: _ClassVar[int]
        CLEAR_SHIPPING_ADDRESS_FIELD_NUMBER: _ClassVar[int]
        SUBMIT_FIELD_NUMBER: _ClassVar[int]
        CLEAR_SUBMIT_FIELD_NUMBER: _ClassVar[int]
        TERMS_OF_SERVICE_ACCEPTANCE_FIELD_NUMBER: _ClassVar[int]
        CLEAR_TERMS_OF_SERVICE_ACCEPTANCE_FIELD_NUMBER: _ClassVar[int]
        after_submit: CreateCheckoutSessionRequest.CustomText.AfterSubmit
        clear_after_submit: bool
        shipping_address: CreateCheckoutSessionRequest.CustomText.ShippingAddress
        clear_shipping_address: bool
        submit: CreateCheckoutSessionRequest.CustomText.Submit
        clear_submit: bool
        terms_of_service_acceptance: CreateCheckoutSessionRequest.CustomText.TermsOfServiceAcceptance
        clear_terms_of_service_acceptance: bool
        def __init__(self, after_submit: _Optional[_Union[CreateCheckoutSessionRequest.CustomText.AfterSubmit, _Mapping]] = ..., clear_after_submit: _Optional[bool] = ..., shipping_address: _Optional[_Union[CreateCheckoutSessionRequest.CustomText.ShippingAddress, _Mapping]] = ..., clear_shipping_address: _Optional[bool] = ..., submit: _Optional[_Union[CreateCheckoutSessionRequest.CustomText.Submit, _Mapping]] = ..., clear_submit: _Optional[bool] = ..., terms_of_service_acceptance: _Optional[_Union[CreateCheckoutSessionRequest.CustomText.TermsOfServiceAcceptance, _Mapping]] = ..., clear_terms_of_service_acceptance: _Optional[bool] = ...) -> None: ...
    class CustomerUpdate(_message.Message):
        __slots__ = ("address", "name", "shipping")
        class Address(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ADDRESS_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Address]
            ADDRESS_AUTO: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Address]
            ADDRESS_NEVER: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Address]
        ADDRESS_UNSPECIFIED: CreateCheckoutSessionRequest.CustomerUpdate.Address
        ADDRESS_AUTO: CreateCheckoutSessionRequest.CustomerUpdate.Address
        ADDRESS_NEVER: CreateCheckoutSessionRequest.CustomerUpdate.Address
        class Name(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            NAME_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Name]
            NAME_AUTO: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Name]
            NAME_NEVER: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Name]
        NAME_UNSPECIFIED: CreateCheckoutSessionRequest.CustomerUpdate.Name
        NAME_AUTO: CreateCheckoutSessionRequest.CustomerUpdate.Name
        NAME_NEVER: CreateCheckoutSessionRequest.CustomerUpdate.Name
        class Shipping(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            SHIPPING_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Shipping]
            SHIPPING_AUTO: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Shipping]
            SHIPPING_NEVER: _ClassVar[CreateCheckoutSessionRequest.CustomerUpdate.Shipping]
        SHIPPING_UNSPECIFIED: CreateCheckoutSessionRequest.CustomerUpdate.Shipping
        SHIPPING_AUTO: CreateCheckoutSessionRequest.CustomerUpdate.Shipping
        SHIPPING_NEVER: CreateCheckoutSessionRequest.CustomerUpdate.Shipping
        ADDRESS_FIELD_NUMBER: _ClassVar[int]
        NAME_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_FIELD_NUMBER: _ClassVar[int]
        address: CreateCheckoutSessionRequest.CustomerUpdate.Address
        name: CreateCheckoutSessionRequest.CustomerUpdate.Name
        shipping: CreateCheckoutSessionRequest.CustomerUpdate.Shipping
        def __init__(self, address: _Optional[_Union[CreateCheckoutSessionRequest.CustomerUpdate.Address, str]] = ..., name: _Optional[_Union[CreateCheckoutSessionRequest.CustomerUpdate.Name, str]] = ..., shipping: _Optional[_Union[CreateCheckoutSessionRequest.CustomerUpdate.Shipping, str]] = ...) -> None: ...
    class Discount(_message.Message):
        __slots__ = ("coupon", "promotion_code")
        COUPON_FIELD_NUMBER: _ClassVar[int]
        PROMOTION_CODE_FIELD_NUMBER: _ClassVar[int]
        coupon: str
        promotion_code: str
        def __init__(self, coupon: _Optional[str] = ..., promotion_code: _Optional[str] = ...) -> None: ...
    class InvoiceCreation(_message.Message):
        __slots__ = ("enabled", "invoice_data")
        class InvoiceData(_message.Message):
            __slots__ = ("account_tax_ids", "custom_fields", "clear_custom_fields", "description", "footer", "issuer", "metadata", "rendering_options", "clear_rendering_options")
            class CustomField(_message.Message):
                __slots__ = ("name", "value")
                NAME_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                name: str
                value: str
                def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
            class Issuer(_message.Message):
                __slots__ = ("account", "type")
                class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type]
                    TYPE_ACCOUNT: _ClassVar[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type]
                    TYPE_SELF: _ClassVar[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type]
                TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type
                TYPE_ACCOUNT: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type
                TYPE_SELF: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type
                ACCOUNT_FIELD_NUMBER: _ClassVar[int]
                TYPE_FIELD_NUMBER: _ClassVar[int]
                account: str
                type: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type
                def __init__(self, account: _Optional[str] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer.Type, str]] = ...) -> None: ...
            class RenderingOptions(_message.Message):
                __slots__ = ("amount_tax_display", "clear_amount_tax_display", "template")
                class AmountTaxDisplay(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_TAX_DISPLAY_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay]
                    AMOUNT_TAX_DISPLAY_EXCLUDE_TAX: _ClassVar[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay]
                    AMOUNT_TAX_DISPLAY_INCLUDE_INCLUSIVE_TAX: _ClassVar[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay]
                AMOUNT_TAX_DISPLAY_UNSPECIFIED: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay
                AMOUNT_TAX_DISPLAY_EXCLUDE_TAX: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay
                AMOUNT_TAX_DISPLAY_INCLUDE_INCLUSIVE_TAX: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay
                AMOUNT_TAX_DISPLAY_FIELD_NUMBER: _ClassVar[int]
                CLEAR_AMOUNT_TAX_DISPLAY_FIELD_NUMBER: _ClassVar[int]
                TEMPLATE_FIELD_NUMBER: _ClassVar[int]
                amount_tax_display: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay
                clear_amount_tax_display: bool
                template: str
                def __init__(self, amount_tax_display: _Optional[_Union[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions.AmountTaxDisplay, str]] = ..., clear_amount_tax_display: _Optional[bool] = ..., template: _Optional[str] = ...) -> None: ...
            class MetadataEntry(_message.Message):
                __slots__ = ("key", "value")
                KEY_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                key: str
                value: str
                def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
            ACCOUNT_TAX_IDS_FIELD_NUMBER: _ClassVar[int]
            CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
            CLEAR_CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
            DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
            FOOTER_FIELD_NUMBER: _ClassVar[int]
            ISSUER_FIELD_NUMBER: _ClassVar[int]
            METADATA_FIELD_NUMBER: _ClassVar[int]
            RENDERING_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            CLEAR_RENDERING_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            account_tax_ids: _containers.RepeatedScalarFieldContainer[str]
            custom_fields: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.CustomField]
            clear_custom_fields: bool
            description: str
            footer: str
            issuer: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer
            metadata: _containers.ScalarMap[str, str]
            rendering_options: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions
            clear_rendering_options: bool
            def __init__(self, account_tax_ids: _Optional[_Iterable[str]] = ..., custom_fields: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.CustomField, _Mapping]]] = ..., clear_custom_fields: _Optional[bool] = ..., description: _Optional[str] = ..., footer: _Optional[str] = ..., issuer: _Optional[_Union[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.Issuer, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., rendering_options: _Optional[_Union[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData.RenderingOptions, _Mapping]] = ..., clear_rendering_options: _Optional[bool] = ...) -> None: ...
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        INVOICE_DATA_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        invoice_data: CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData
        def __init__(self, enabled: _Optional[bool] = ..., invoice_data: _Optional[_Union[CreateCheckoutSessionRequest.InvoiceCreation.InvoiceData, _Mapping]] = ...) -> None: ...
    class LineItem(_message.Message):
        __slots__ = ("adjustable_quantity", "metadata", "price", "price_data", "quantity", "tax_rates")
        class AdjustableQuantity(_message.Message):
            __slots__ = ("enabled", "maximum", "minimum")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            maximum: int
            minimum: int
            def __init__(self, enabled: _Optional[bool] = ..., maximum: _Optional[int] = ..., minimum: _Optional[int] = ...) -> None: ...
        class PriceData(_message.Message):
            __slots__ = ("currency", "product", "product_data", "recurring", "tax_behavior", "unit_amount", "unit_amount_decimal")
            class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
                TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
                TAX_BEHAVIOR_INCLUSIVE: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
                TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
            TAX_BEHAVIOR_UNSPECIFIED: CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            TAX_BEHAVIOR_EXCLUSIVE: CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            TAX_BEHAVIOR_INCLUSIVE: CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            TAX_BEHAVIOR_UNSPECIFIED_VALUE: CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            class ProductData(_message.Message):
                __slots__ = ("description", "images", "metadata", "name", "tax_code", "tax_details", "unit_label")
                class TaxDetails(_message.Message):
                    __slots__ = ("performance_location", "tax_code")
                    PERFORMANCE_LOCATION_FIELD_NUMBER: _ClassVar[int]
                    TAX_CODE_FIELD_NUMBER: _ClassVar[int]
                    performance_location: str
                    tax_code: str
                    def __init__(self, performance_location: _Optional[str] = ..., tax_code: _Optional[str] = ...) -> None: ...
                class MetadataEntry(_message.Message):
                    __slots__ = ("key", "value")
                    KEY_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    key: str
                    value: str
                    def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
                DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
                IMAGES_FIELD_NUMBER: _ClassVar[int]
                METADATA_FIELD_NUMBER: _ClassVar[int]
                NAME_FIELD_NUMBER: _ClassVar[int]
                TAX_CODE_FIELD_NUMBER: _ClassVar[int]
                TAX_DETAILS_FIELD_NUMBER: _ClassVar[int]
                UNIT_LABEL_FIELD_NUMBER: _ClassVar[int]
                description: str
                images: _containers.RepeatedScalarFieldContainer[str]
                metadata: _containers.ScalarMap[str, str]
                name: str
                tax_code: str
                tax_details: CreateCheckoutSessionRequest.LineItem.PriceData.ProductData.TaxDetails
                unit_label: str
                def __init__(self, description: _Optional[str] = ..., images: _Optional[_Iterable[str]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., name: _Optional[str] = ..., tax_code: _Optional[str] = ..., tax_details: _Optional[_Union[CreateCheckoutSessionRequest.LineItem.PriceData.ProductData.TaxDetails, _Mapping]] = ..., unit_label: _Optional[str] = ...) -> None: ...
            class Recurring(_message.Message):
                __slots__ = ("interval", "interval_count")
                class Interval(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    INTERVAL_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_DAY: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_MONTH: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_WEEK: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_YEAR: _ClassVar[CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                INTERVAL_UNSPECIFIED: CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_DAY: CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_MONTH: CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_WEEK: CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_YEAR: CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_FIELD_NUMBER: _ClassVar[int]
                INTERVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
                interval: CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                interval_count: int
                def __init__(self, interval: _Optional[_Union[CreateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval, str]] = ..., interval_count: _Optional[int] = ...) -> None: ...
            CURRENCY_FIELD_NUMBER: _ClassVar[int]
            PRODUCT_FIELD_NUMBER: _ClassVar[int]
            PRODUCT_DATA_FIELD_NUMBER: _ClassVar[int]
            RECURRING_FIELD_NUMBER: _ClassVar[int]
            TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
            UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
            UNIT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
            currency: str
            product: str
            product_data: CreateCheckoutSessionRequest.LineItem.PriceData.ProductData
            recurring: CreateCheckoutSessionRequest.LineItem.PriceData.Recurring
            tax_behavior: CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            unit_amount: int
            unit_amount_decimal: str
            def __init__(self, currency: _Optional[str] = ..., product: _Optional[str] = ..., product_data: _Optional[_Union[CreateCheckoutSessionRequest.LineItem.PriceData.ProductData, _Mapping]] = ..., recurring: _Optional[_Union[CreateCheckoutSessionRequest.LineItem.PriceData.Recurring, _Mapping]] = ..., tax_behavior: _Optional[_Union[CreateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior, str]] = ..., unit_amount: _Optional[int] = ..., unit_amount_decimal: _Optional[str] = ...) -> None: ...
        class MetadataEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        ADJUSTABLE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        PRICE_FIELD_NUMBER: _ClassVar[int]
        PRICE_DATA_FIELD_NUMBER: _ClassVar[int]
        QUANTITY_FIELD_NUMBER: _ClassVar[int]
        TAX_RATES_FIELD_NUMBER: _ClassVar[int]
        adjustable_quantity: CreateCheckoutSessionRequest.LineItem.AdjustableQuantity
        metadata: _containers.ScalarMap[str, str]
        price: str
        price_data: CreateCheckoutSessionRequest.LineItem.PriceData
        quantity: int
        tax_rates: _containers.RepeatedScalarFieldContainer[str]
        def __init__(self, adjustable_quantity: _Optional[_Union[CreateCheckoutSessionRequest.LineItem.AdjustableQuantity, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., price: _Optional[str] = ..., price_data: _Optional[_Union[CreateCheckoutSessionRequest.LineItem.PriceData, _Mapping]] = ..., quantity: _Optional[int] = ..., tax_rates: _Optional[_Iterable[str]] = ...) -> None: ...
    class ManagedPayments(_message.Message):
        __slots__ = ("enabled",)
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        def __init__(self, enabled: _Optional[bool] = ...) -> None: ...
    class NameCollection(_message.Message):
        __slots__ = ("business", "individual")
        class Business(_message.Message):
            __slots__ = ("enabled", "optional")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            OPTIONAL_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            optional: bool
            def __init__(self, enabled: _Optional[bool] = ..., optional: _Optional[bool] = ...) -> None: ...
        class Individual(_message.Message):
            __slots__ = ("enabled", "optional")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            OPTIONAL_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            optional: bool
            def __init__(self, enabled: _Optional[bool] = ..., optional: _Optional[bool] = ...) -> None: ...
        BUSINESS_FIELD_NUMBER: _ClassVar[int]
        INDIVIDUAL_FIELD_NUMBER: _ClassVar[int]
        business: CreateCheckoutSessionRequest.NameCollection.Business
        individual: CreateCheckoutSessionRequest.NameCollection.Individual
        def __init__(self, business: _Optional[_Union[CreateCheckoutSessionRequest.NameCollection.Business, _Mapping]] = ..., individual: _Optional[_Union[CreateCheckoutSessionRequest.NameCollection.Individual, _Mapping]] = ...) -> None: ...
    class OptionalItem(_message.Message):
        __slots__ = ("adjustable_quantity", "price", "quantity")
        class AdjustableQuantity(_message.Message):
            __slots__ = ("enabled", "maximum", "minimum")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            maximum: int
            minimum: int
            def __init__(self, enabled: _Optional[bool] = ..., maximum: _Optional[int] = ..., minimum: _Optional[int] = ...) -> None: ...
        ADJUSTABLE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
        PRICE_FIELD_NUMBER: _ClassVar[int]
        QUANTITY_FIELD_NUMBER: _ClassVar[int]
        adjustable_quantity: CreateCheckoutSessionRequest.OptionalItem.AdjustableQuantity
        price: str
        quantity: int
        def __init__(self, adjustable_quantity: _Optional[_Union[CreateCheckoutSessionRequest.OptionalItem.AdjustableQuantity, _Mapping]] = ..., price: _Optional[str] = ..., quantity: _Optional[int] = ...) -> None: ...
    class PaymentIntentData(_message.Message):
        __slots__ = ("application_fee_amount", "capture_method", "description", "metadata", "on_behalf_of", "receipt_email", "setup_future_usage", "shipping", "statement_descriptor", "statement_descriptor_suffix", "transfer_data", "transfer_group")
        class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod]
            CAPTURE_METHOD_AUTOMATIC: _ClassVar[CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod]
            CAPTURE_METHOD_AUTOMATIC_ASYNC: _ClassVar[CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod]
            CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod]
        CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod
        CAPTURE_METHOD_AUTOMATIC: CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod
        CAPTURE_METHOD_AUTOMATIC_ASYNC: CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod
        CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod
        class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage]
            SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage]
            SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage]
        SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        class Shipping(_message.Message):
            __slots__ = ("address", "carrier", "name", "phone", "tracking_number")
            class Address(_message.Message):
                __slots__ = ("city", "country", "line1", "line2", "postal_code", "state")
                CITY_FIELD_NUMBER: _ClassVar[int]
                COUNTRY_FIELD_NUMBER: _ClassVar[int]
                LINE1_FIELD_NUMBER: _ClassVar[int]
                LINE2_FIELD_NUMBER: _ClassVar[int]
                POSTAL_CODE_FIELD_NUMBER: _ClassVar[int]
                STATE_FIELD_NUMBER: _ClassVar[int]
                city: str
                country: str
                line1: str
                line2: str
                postal_code: str
                state: str
                def __init__(self, city: _Optional[str] = ..., country: _Optional[str] = ..., line1: _Optional[str] = ..., line2: _Optional[str] = ..., postal_code: _Optional[str] = ..., state: _Optional[str] = ...) -> None: ...
            ADDRESS_FIELD_NUMBER: _ClassVar[int]
            CARRIER_FIELD_NUMBER: _ClassVar[int]
            NAME_FIELD_NUMBER: _ClassVar[int]
            PHONE_FIELD_NUMBER: _ClassVar[int]
            TRACKING_NUMBER_FIELD_NUMBER: _ClassVar[int]
            address: CreateCheckoutSessionRequest.PaymentIntentData.Shipping.Address
            carrier: str
            name: str
            phone: str
            tracking_number: str
            def __init__(self, address: _Optional[_Union[CreateCheckoutSessionRequest.PaymentIntentData.Shipping.Address, _Mapping]] = ..., carrier: _Optional[str] = ..., name: _Optional[str] = ..., phone: _Optional[str] = ..., tracking_number: _Optional[str] = ...) -> None: ...
        class TransferData(_message.Message):
            __slots__ = ("amount", "destination")
            AMOUNT_FIELD_NUMBER: _ClassVar[int]
            DESTINATION_FIELD_NUMBER: _ClassVar[int]
            amount: int
            destination: str
            def __init__(self, amount: _Optional[int] = ..., destination: _Optional[str] = ...) -> None: ...
        class MetadataEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        APPLICATION_FEE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        ON_BEHALF_OF_FIELD_NUMBER: _ClassVar[int]
        RECEIPT_EMAIL_FIELD_NUMBER: _ClassVar[int]
        SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_FIELD_NUMBER: _ClassVar[int]
        STATEMENT_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
        STATEMENT_DESCRIPTOR_SUFFIX_FIELD_NUMBER: _ClassVar[int]
        TRANSFER_DATA_FIELD_NUMBER: _ClassVar[int]
        TRANSFER_GROUP_FIELD_NUMBER: _ClassVar[int]
        application_fee_amount: int
        capture_method: CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod
        description: str
        metadata: _containers.ScalarMap[str, str]
        on_behalf_of: str
        receipt_email: str
        setup_future_usage: CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        shipping: CreateCheckoutSessionRequest.PaymentIntentData.Shipping
        statement_descriptor: str
        statement_descriptor_suffix: str
        transfer_data: CreateCheckoutSessionRequest.PaymentIntentData.TransferData
        transfer_group: str
        def __init__(self, application_fee_amount: _Optional[int] = ..., capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentIntentData.CaptureMethod, str]] = ..., description: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., on_behalf_of: _Optional[str] = ..., receipt_email: _Optional[str] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage, str]] = ..., shipping: _Optional[_Union[CreateCheckoutSessionRequest.PaymentIntentData.Shipping, _Mapping]] = ..., statement_descriptor: _Optional[str] = ..., statement_descriptor_suffix: _Optional[str] = ..., transfer_data: _Optional[_Union[CreateCheckoutSessionRequest.PaymentIntentData.TransferData, _Mapping]] = ..., transfer_group: _Optional[str] = ...) -> None: ...
    class PaymentMethodData(_message.Message):
        __slots__ = ("allow_redisplay",)
        class AllowRedisplay(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ALLOW_REDISPLAY_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay]
            ALLOW_REDISPLAY_ALWAYS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay]
            ALLOW_REDISPLAY_LIMITED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay]
            ALLOW_REDISPLAY_UNSPECIFIED_VALUE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay]
        ALLOW_REDISPLAY_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay
        ALLOW_REDISPLAY_ALWAYS: CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay
        ALLOW_REDISPLAY_LIMITED: CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay
        ALLOW_REDISPLAY_UNSPECIFIED_VALUE: CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay
        ALLOW_REDISPLAY_FIELD_NUMBER: _ClassVar[int]
        allow_redisplay: CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay
        def __init__(self, allow_redisplay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodData.AllowRedisplay, str]] = ...) -> None: ...
    class PaymentMethodOptions(_message.Message):
        __slots__ = ("acss_debit", "affirm", "afterpay_clearpay", "alipay", "alma", "amazon_pay", "au_becs_debit", "bacs_debit", "bancontact", "billie", "blik", "boleto", "card", "cashapp", "crypto", "customer_balance", "demo_pay", "eps", "fpx", "giropay", "grabpay", "ideal", "kakao_pay", "klarna", "konbini", "kr_card", "link", "mobilepay", "multibanco", "naver_pay", "oxxo", "p24", "pay_by_bank", "payco", "paynow", "paypal", "payto", "pix", "revolut_pay", "samsung_pay", "satispay", "scalapay", "sepa_debit", "sequra", "sofort", "sunbit", "swish", "twint", "upi", "us_bank_account", "wechat_pay")
        class AcssDebit(_message.Message):
            __slots__ = ("currency", "mandate_options", "setup_future_usage", "target_date", "verification_method")
            class Currency(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CURRENCY_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency]
                CURRENCY_CAD: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency]
                CURRENCY_USD: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency]
            CURRENCY_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency
            CURRENCY_CAD: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency
            CURRENCY_USD: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            class VerificationMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                VERIFICATION_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod]
                VERIFICATION_METHOD_AUTOMATIC: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod]
                VERIFICATION_METHOD_INSTANT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod]
                VERIFICATION_METHOD_MICRODEPOSITS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod]
            VERIFICATION_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod
            VERIFICATION_METHOD_AUTOMATIC: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod
            VERIFICATION_METHOD_INSTANT: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod
            VERIFICATION_METHOD_MICRODEPOSITS: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod
            class MandateOptions(_message.Message):
                __slots__ = ("custom_mandate_url", "default_for", "interval_description", "payment_schedule", "transaction_type")
                class DefaultFor(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    DEFAULT_FOR_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                    DEFAULT_FOR_INVOICE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                    DEFAULT_FOR_SUBSCRIPTION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                DEFAULT_FOR_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor
                DEFAULT_FOR_INVOICE: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor
                DEFAULT_FOR_SUBSCRIPTION: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor
                class PaymentSchedule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PAYMENT_SCHEDULE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_COMBINED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_INTERVAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_SPORADIC: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                PAYMENT_SCHEDULE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_COMBINED: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_INTERVAL: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_SPORADIC: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                class TransactionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TRANSACTION_TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType]
                    TRANSACTION_TYPE_BUSINESS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType]
                    TRANSACTION_TYPE_PERSONAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType]
                TRANSACTION_TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                TRANSACTION_TYPE_BUSINESS: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                TRANSACTION_TYPE_PERSONAL: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                CUSTOM_MANDATE_URL_FIELD_NUMBER: _ClassVar[int]
                DEFAULT_FOR_FIELD_NUMBER: _ClassVar[int]
                INTERVAL_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
                PAYMENT_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
                TRANSACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
                custom_mandate_url: str
                default_for: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                interval_description: str
                payment_schedule: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                transaction_type: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                def __init__(self, custom_mandate_url: _Optional[str] = ..., default_for: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor, str]]] = ..., interval_description: _Optional[str] = ..., payment_schedule: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule, str]] = ..., transaction_type: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType, str]] = ...) -> None: ...
            CURRENCY_FIELD_NUMBER: _ClassVar[int]
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            VERIFICATION_METHOD_FIELD_NUMBER: _ClassVar[int]
            currency: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency
            mandate_options: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            target_date: str
            verification_method: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod
            def __init__(self, currency: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.Currency, str]] = ..., mandate_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ..., verification_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit.VerificationMethod, str]] = ...) -> None: ...
        class Affirm(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm.SetupFutureUsage, str]] = ...) -> None: ...
        class AfterpayClearpay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage, str]] = ...) -> None: ...
        class Alipay(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay.SetupFutureUsage, str]] = ...) -> None: ...
        class Alma(_message.Message):
            __slots__ = ("capture_method",)
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Alma.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Alma.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Alma.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Alma.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Alma.CaptureMethod
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Alma.CaptureMethod, str]] = ...) -> None: ...
        class AmazonPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay.SetupFutureUsage, str]] = ...) -> None: ...
        class AuBecsDebit(_message.Message):
            __slots__ = ("setup_future_usage", "target_date")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage
            target_date: str
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ...) -> None: ...
        class BacsDebit(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "target_date")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("reference_prefix",)
                REFERENCE_PREFIX_FIELD_NUMBER: _ClassVar[int]
                reference_prefix: str
                def __init__(self, reference_prefix: _Optional[str] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.MandateOptions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            target_date: str
            def __init__(self, mandate_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ...) -> None: ...
        class Bancontact(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact.SetupFutureUsage, str]] = ...) -> None: ...
        class Billie(_message.Message):
            __slots__ = ("capture_method",)
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Billie.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Billie.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Billie.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Billie.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Billie.CaptureMethod
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Billie.CaptureMethod, str]] = ...) -> None: ...
        class Blik(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "clear_setup_future_usage")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("expires_at",)
                EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
                expires_at: int
                def __init__(self, expires_at: _Optional[int] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            CLEAR_SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.MandateOptions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage
            clear_setup_future_usage: bool
            def __init__(self, mandate_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Blik.SetupFutureUsage, str]] = ..., clear_setup_future_usage: _Optional[bool] = ...) -> None: ...
        class Boleto(_message.Message):
            __slots__ = ("expires_after_days", "setup_future_usage")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage
            EXPIRES_AFTER_DAYS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            expires_after_days: int
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage
            def __init__(self, expires_after_days: _Optional[int] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto.SetupFutureUsage, str]] = ...) -> None: ...
        class Card(_message.Message):
            __slots__ = ("capture_method", "installments", "request_extended_authorization", "request_incremental_authorization", "request_multicapture", "request_overcapture", "request_three_d_secure", "restrictions", "setup_future_usage", "statement_descriptor_suffix_kana", "statement_descriptor_suffix_kanji")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.CaptureMethod
            class RequestExtendedAuthorization(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_EXTENDED_AUTHORIZATION_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization]
                REQUEST_EXTENDED_AUTHORIZATION_IF_AVAILABLE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization]
                REQUEST_EXTENDED_AUTHORIZATION_NEVER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization]
            REQUEST_EXTENDED_AUTHORIZATION_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization
            REQUEST_EXTENDED_AUTHORIZATION_IF_AVAILABLE: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization
            REQUEST_EXTENDED_AUTHORIZATION_NEVER: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization
            class RequestIncrementalAuthorization(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_INCREMENTAL_AUTHORIZATION_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization]
                REQUEST_INCREMENTAL_AUTHORIZATION_IF_AVAILABLE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization]
                REQUEST_INCREMENTAL_AUTHORIZATION_NEVER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization]
            REQUEST_INCREMENTAL_AUTHORIZATION_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            REQUEST_INCREMENTAL_AUTHORIZATION_IF_AVAILABLE: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            REQUEST_INCREMENTAL_AUTHORIZATION_NEVER: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            class RequestMulticapture(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_MULTICAPTURE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture]
                REQUEST_MULTICAPTURE_IF_AVAILABLE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture]
                REQUEST_MULTICAPTURE_NEVER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture]
            REQUEST_MULTICAPTURE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture
            REQUEST_MULTICAPTURE_IF_AVAILABLE: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture
            REQUEST_MULTICAPTURE_NEVER: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture
            class RequestOvercapture(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_OVERCAPTURE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture]
                REQUEST_OVERCAPTURE_IF_AVAILABLE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture]
                REQUEST_OVERCAPTURE_NEVER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture]
            REQUEST_OVERCAPTURE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture
            REQUEST_OVERCAPTURE_IF_AVAILABLE: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture
            REQUEST_OVERCAPTURE_NEVER: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture
            class RequestThreeDSecure(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_THREE_D_SECURE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure]
                REQUEST_THREE_D_SECURE_ANY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure]
                REQUEST_THREE_D_SECURE_AUTOMATIC: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure]
                REQUEST_THREE_D_SECURE_CHALLENGE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure]
            REQUEST_THREE_D_SECURE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure
            REQUEST_THREE_D_SECURE_ANY: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure
            REQUEST_THREE_D_SECURE_AUTOMATIC: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure
            REQUEST_THREE_D_SECURE_CHALLENGE: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage
            class Installments(_message.Message):
                __slots__ = ("enabled",)
                ENABLED_FIELD_NUMBER: _ClassVar[int]
                enabled: bool
                def __init__(self, enabled: _Optional[bool] = ...) -> None: ...
            class Restrictions(_message.Message):
                __slots__ = ("brands_blocked", "funding_types_blocked")
                class BrandsBlocked(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    BRANDS_BLOCKED_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_AMERICAN_EXPRESS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_DISCOVER_GLOBAL_NETWORK: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_MASTERCARD: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_VISA: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                BRANDS_BLOCKED_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_AMERICAN_EXPRESS: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_DISCOVER_GLOBAL_NETWORK: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_MASTERCARD: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_VISA: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                class FundingTypesBlocked(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    FUNDING_TYPES_BLOCKED_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                    FUNDING_TYPES_BLOCKED_CREDIT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                    FUNDING_TYPES_BLOCKED_DEBIT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                    FUNDING_TYPES_BLOCKED_PREPAID: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                FUNDING_TYPES_BLOCKED_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                FUNDING_TYPES_BLOCKED_CREDIT: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                FUNDING_TYPES_BLOCKED_DEBIT: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                FUNDING_TYPES_BLOCKED_PREPAID: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                BRANDS_BLOCKED_FIELD_NUMBER: _ClassVar[int]
                FUNDING_TYPES_BLOCKED_FIELD_NUMBER: _ClassVar[int]
                brands_blocked: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                funding_types_blocked: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                def __init__(self, brands_blocked: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.BrandsBlocked, str]]] = ..., funding_types_blocked: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked, str]]] = ...) -> None: ...
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            INSTALLMENTS_FIELD_NUMBER: _ClassVar[int]
            REQUEST_EXTENDED_AUTHORIZATION_FIELD_NUMBER: _ClassVar[int]
            REQUEST_INCREMENTAL_AUTHORIZATION_FIELD_NUMBER: _ClassVar[int]
            REQUEST_MULTICAPTURE_FIELD_NUMBER: _ClassVar[int]
            REQUEST_OVERCAPTURE_FIELD_NUMBER: _ClassVar[int]
            REQUEST_THREE_D_SECURE_FIELD_NUMBER: _ClassVar[int]
            RESTRICTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            STATEMENT_DESCRIPTOR_SUFFIX_KANA_FIELD_NUMBER: _ClassVar[int]
            STATEMENT_DESCRIPTOR_SUFFIX_KANJI_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.CaptureMethod
            installments: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Installments
            request_extended_authorization: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization
            request_incremental_authorization: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            request_multicapture: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture
            request_overcapture: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture
            request_three_d_secure: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure
            restrictions: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage
            statement_descriptor_suffix_kana: str
            statement_descriptor_suffix_kanji: str
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.CaptureMethod, str]] = ..., installments: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Installments, _Mapping]] = ..., request_extended_authorization: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestExtendedAuthorization, str]] = ..., request_incremental_authorization: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestIncrementalAuthorization, str]] = ..., request_multicapture: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestMulticapture, str]] = ..., request_overcapture: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestOvercapture, str]] = ..., request_three_d_secure: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.RequestThreeDSecure, str]] = ..., restrictions: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.Restrictions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card.SetupFutureUsage, str]] = ..., statement_descriptor_suffix_kana: _Optional[str] = ..., statement_descriptor_suffix_kanji: _Optional[str] = ...) -> None: ...
        class Cashapp(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp.SetupFutureUsage, str]] = ...) -> None: ...
        class Crypto(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto.SetupFutureUsage, str]] = ...) -> None: ...
        class CustomerBalance(_message.Message):
            __slots__ = ("bank_transfer", "funding_type", "setup_future_usage")
            class FundingType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                FUNDING_TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.FundingType]
                FUNDING_TYPE_BANK_TRANSFER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.FundingType]
            FUNDING_TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.FundingType
            FUNDING_TYPE_BANK_TRANSFER: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.FundingType
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.SetupFutureUsage
            class BankTransfer(_message.Message):
                __slots__ = ("eu_bank_transfer", "requested_address_types", "type")
                class RequestedAddressTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    REQUESTED_ADDRESS_TYPES_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_ABA: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_IBAN: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SEPA: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SORT_CODE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SPEI: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SWIFT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_ZENGIN: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                REQUESTED_ADDRESS_TYPES_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_ABA: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_IBAN: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SEPA: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SORT_CODE: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SPEI: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SWIFT: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_ZENGIN: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_EU_BANK_TRANSFER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_GB_BANK_TRANSFER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_JP_BANK_TRANSFER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_MX_BANK_TRANSFER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_US_BANK_TRANSFER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_EU_BANK_TRANSFER: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_GB_BANK_TRANSFER: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_JP_BANK_TRANSFER: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_MX_BANK_TRANSFER: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_US_BANK_TRANSFER: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                class EuBankTransfer(_message.Message):
                    __slots__ = ("country",)
                    COUNTRY_FIELD_NUMBER: _ClassVar[int]
                    country: str
                    def __init__(self, country: _Optional[str] = ...) -> None: ...
                EU_BANK_TRANSFER_FIELD_NUMBER: _ClassVar[int]
                REQUESTED_ADDRESS_TYPES_FIELD_NUMBER: _ClassVar[int]
                TYPE_FIELD_NUMBER: _ClassVar[int]
                eu_bank_transfer: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer
                requested_address_types: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                type: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                def __init__(self, eu_bank_transfer: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer, _Mapping]] = ..., requested_address_types: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes, str]]] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer.Type, str]] = ...) -> None: ...
            BANK_TRANSFER_FIELD_NUMBER: _ClassVar[int]
            FUNDING_TYPE_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            bank_transfer: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer
            funding_type: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.FundingType
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.SetupFutureUsage
            def __init__(self, bank_transfer: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.BankTransfer, _Mapping]] = ..., funding_type: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.FundingType, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance.SetupFutureUsage, str]] = ...) -> None: ...
        class DemoPay(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay.SetupFutureUsage, str]] = ...) -> None: ...
        class Eps(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Eps.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Eps.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Eps.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Eps.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Eps.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Eps.SetupFutureUsage, str]] = ...) -> None: ...
        class Fpx(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx.SetupFutureUsage, str]] = ...) -> None: ...
        class Giropay(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay.SetupFutureUsage, str]] = ...) -> None: ...
        class Grabpay(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay.SetupFutureUsage, str]] = ...) -> None: ...
        class Ideal(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal.SetupFutureUsage, str]] = ...) -> None: ...
        class KakaoPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay.SetupFutureUsage, str]] = ...) -> None: ...
        class Klarna(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "subscriptions", "clear_subscriptions")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.SetupFutureUsage
            class Subscription(_message.Message):
                __slots__ = ("interval", "interval_count", "name", "next_billing", "reference")
                class Interval(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    INTERVAL_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval]
                    INTERVAL_DAY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval]
                    INTERVAL_MONTH: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval]
                    INTERVAL_WEEK: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval]
                    INTERVAL_YEAR: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval]
                INTERVAL_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval
                INTERVAL_DAY: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval
                INTERVAL_MONTH: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval
                INTERVAL_WEEK: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval
                INTERVAL_YEAR: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval
                class NextBilling(_message.Message):
                    __slots__ = ("amount", "date")
                    AMOUNT_FIELD_NUMBER: _ClassVar[int]
                    DATE_FIELD_NUMBER: _ClassVar[int]
                    amount: int
                    date: str
                    def __init__(self, amount: _Optional[int] = ..., date: _Optional[str] = ...) -> None: ...
                INTERVAL_FIELD_NUMBER: _ClassVar[int]
                INTERVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
                NAME_FIELD_NUMBER: _ClassVar[int]
                NEXT_BILLING_FIELD_NUMBER: _ClassVar[int]
                REFERENCE_FIELD_NUMBER: _ClassVar[int]
                interval: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval
                interval_count: int
                name: str
                next_billing: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.NextBilling
                reference: str
                def __init__(self, interval: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.Interval, str]] = ..., interval_count: _Optional[int] = ..., name: _Optional[str] = ..., next_billing: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription.NextBilling, _Mapping]] = ..., reference: _Optional[str] = ...) -> None: ...
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
            CLEAR_SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.SetupFutureUsage
            subscriptions: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription]
            clear_subscriptions: bool
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.SetupFutureUsage, str]] = ..., subscriptions: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna.Subscription, _Mapping]]] = ..., clear_subscriptions: _Optional[bool] = ...) -> None: ...
        class Konbini(_message.Message):
            __slots__ = ("expires_after_days", "setup_future_usage")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini.SetupFutureUsage
            EXPIRES_AFTER_DAYS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            expires_after_days: int
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini.SetupFutureUsage
            def __init__(self, expires_after_days: _Optional[int] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini.SetupFutureUsage, str]] = ...) -> None: ...
        class KrCard(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard.SetupFutureUsage, str]] = ...) -> None: ...
        class Link(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Link.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Link.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Link.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Link.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Link.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Link.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Link.SetupFutureUsage, str]] = ...) -> None: ...
        class Mobilepay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay.SetupFutureUsage, str]] = ...) -> None: ...
        class Multibanco(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco.SetupFutureUsage, str]] = ...) -> None: ...
        class NaverPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay.SetupFutureUsage, str]] = ...) -> None: ...
        class Oxxo(_message.Message):
            __slots__ = ("expires_after_days", "setup_future_usage")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo.SetupFutureUsage
            EXPIRES_AFTER_DAYS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            expires_after_days: int
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo.SetupFutureUsage
            def __init__(self, expires_after_days: _Optional[int] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo.SetupFutureUsage, str]] = ...) -> None: ...
        class P24(_message.Message):
            __slots__ = ("setup_future_usage", "tos_shown_and_accepted")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.P24.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.P24.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.P24.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.P24.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TOS_SHOWN_AND_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.P24.SetupFutureUsage
            tos_shown_and_accepted: bool
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.P24.SetupFutureUsage, str]] = ..., tos_shown_and_accepted: _Optional[bool] = ...) -> None: ...
        class PayByBank(_message.Message):
            __slots__ = ()
            def __init__(self) -> None: ...
        class Payco(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payco.SetupFutureUsage, str]] = ...) -> None: ...
        class Paynow(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow.SetupFutureUsage, str]] = ...) -> None: ...
        class Paypal(_message.Message):
            __slots__ = ("capture_method", "clear_capture_method", "preferred_locale", "reference", "risk_correlation_id", "setup_future_usage", "clear_setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.CaptureMethod
            class PreferredLocale(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                PREFERRED_LOCALE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_CS_CZ: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_DA_DK: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_DE_AT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_DE_DE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_DE_LU: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_EL_GR: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_EN_GB: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_EN_US: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_ES_ES: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_FI_FI: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_FR_BE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_FR_FR: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_FR_LU: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_HU_HU: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_IT_IT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_NL_BE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_NL_NL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_PL_PL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_PT_PT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_SK_SK: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
                PREFERRED_LOCALE_SV_SE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale]
            PREFERRED_LOCALE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_CS_CZ: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_DA_DK: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_DE_AT: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_DE_DE: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_DE_LU: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_EL_GR: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_EN_GB: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_EN_US: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_ES_ES: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_FI_FI: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_FR_BE: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_FR_FR: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_FR_LU: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_HU_HU: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_IT_IT: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_NL_BE: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_NL_NL: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_PL_PL: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_PT_PT: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_SK_SK: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            PREFERRED_LOCALE_SV_SE: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            CLEAR_CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            PREFERRED_LOCALE_FIELD_NUMBER: _ClassVar[int]
            REFERENCE_FIELD_NUMBER: _ClassVar[int]
            RISK_CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            CLEAR_SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.CaptureMethod
            clear_capture_method: bool
            preferred_locale: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale
            reference: str
            risk_correlation_id: str
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage
            clear_setup_future_usage: bool
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.CaptureMethod, str]] = ..., clear_capture_method: _Optional[bool] = ..., preferred_locale: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.PreferredLocale, str]] = ..., reference: _Optional[str] = ..., risk_correlation_id: _Optional[str] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal.SetupFutureUsage, str]] = ..., clear_setup_future_usage: _Optional[bool] = ...) -> None: ...
        class Payto(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("amount", "clear_amount", "amount_type", "clear_amount_type", "end_date", "payment_schedule", "clear_payment_schedule", "payments_per_period", "clear_payments_per_period", "purpose", "clear_purpose", "start_date")
                class AmountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType]
                    AMOUNT_TYPE_FIXED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType]
                    AMOUNT_TYPE_MAXIMUM: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType]
                AMOUNT_TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType
                AMOUNT_TYPE_FIXED: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType
                AMOUNT_TYPE_MAXIMUM: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType
                class PaymentSchedule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PAYMENT_SCHEDULE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_ADHOC: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_ANNUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_DAILY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_FORTNIGHTLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_MONTHLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_QUARTERLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_SEMI_ANNUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_WEEKLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                PAYMENT_SCHEDULE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_ADHOC: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_ANNUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_DAILY: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_FORTNIGHTLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_MONTHLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_QUARTERLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_SEMI_ANNUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_WEEKLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                class Purpose(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PURPOSE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_DEPENDANT_SUPPORT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_GOVERNMENT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_LOAN: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_MORTGAGE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_OTHER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_PENSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_PERSONAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_RETAIL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_SALARY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_TAX: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_UTILITY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                PURPOSE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_DEPENDANT_SUPPORT: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_GOVERNMENT: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_LOAN: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_MORTGAGE: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_OTHER: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_PENSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_PERSONAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_RETAIL: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_SALARY: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_TAX: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_UTILITY: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                CLEAR_AMOUNT_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
                CLEAR_AMOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
                END_DATE_FIELD_NUMBER: _ClassVar[int]
                PAYMENT_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
                CLEAR_PAYMENT_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
                PAYMENTS_PER_PERIOD_FIELD_NUMBER: _ClassVar[int]
                CLEAR_PAYMENTS_PER_PERIOD_FIELD_NUMBER: _ClassVar[int]
                PURPOSE_FIELD_NUMBER: _ClassVar[int]
                CLEAR_PURPOSE_FIELD_NUMBER: _ClassVar[int]
                START_DATE_FIELD_NUMBER: _ClassVar[int]
                amount: int
                clear_amount: bool
                amount_type: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType
                clear_amount_type: bool
                end_date: str
                payment_schedule: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                clear_payment_schedule: bool
                payments_per_period: int
                clear_payments_per_period: bool
                purpose: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose
                clear_purpose: bool
                start_date: str
                def __init__(self, amount: _Optional[int] = ..., clear_amount: _Optional[bool] = ..., amount_type: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.AmountType, str]] = ..., clear_amount_type: _Optional[bool] = ..., end_date: _Optional[str] = ..., payment_schedule: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule, str]] = ..., clear_payment_schedule: _Optional[bool] = ..., payments_per_period: _Optional[int] = ..., clear_payments_per_period: _Optional[bool] = ..., purpose: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions.Purpose, str]] = ..., clear_purpose: _Optional[bool] = ..., start_date: _Optional[str] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage
            def __init__(self, mandate_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto.SetupFutureUsage, str]] = ...) -> None: ...
        class Pix(_message.Message):
            __slots__ = ("amount_includes_iof", "expires_after_seconds", "mandate_options", "setup_future_usage")
            class AmountIncludesIof(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                AMOUNT_INCLUDES_IOF_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof]
                AMOUNT_INCLUDES_IOF_ALWAYS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof]
                AMOUNT_INCLUDES_IOF_NEVER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof]
            AMOUNT_INCLUDES_IOF_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof
            AMOUNT_INCLUDES_IOF_ALWAYS: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof
            AMOUNT_INCLUDES_IOF_NEVER: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("amount", "amount_includes_iof", "amount_type", "currency", "end_date", "payment_schedule", "reference", "start_date")
                class AmountIncludesIof(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_INCLUDES_IOF_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof]
                    AMOUNT_INCLUDES_IOF_ALWAYS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof]
                    AMOUNT_INCLUDES_IOF_NEVER: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof]
                AMOUNT_INCLUDES_IOF_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                AMOUNT_INCLUDES_IOF_ALWAYS: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                AMOUNT_INCLUDES_IOF_NEVER: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                class AmountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType]
                    AMOUNT_TYPE_FIXED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType]
                    AMOUNT_TYPE_MAXIMUM: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType]
                AMOUNT_TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType
                AMOUNT_TYPE_FIXED: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType
                AMOUNT_TYPE_MAXIMUM: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType
                class PaymentSchedule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PAYMENT_SCHEDULE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_HALFYEARLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_MONTHLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_QUARTERLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_WEEKLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_YEARLY: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                PAYMENT_SCHEDULE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_HALFYEARLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_MONTHLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_QUARTERLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_WEEKLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_YEARLY: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_INCLUDES_IOF_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
                CURRENCY_FIELD_NUMBER: _ClassVar[int]
                END_DATE_FIELD_NUMBER: _ClassVar[int]
                PAYMENT_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
                REFERENCE_FIELD_NUMBER: _ClassVar[int]
                START_DATE_FIELD_NUMBER: _ClassVar[int]
                amount: int
                amount_includes_iof: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                amount_type: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType
                currency: str
                end_date: str
                payment_schedule: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                reference: str
                start_date: str
                def __init__(self, amount: _Optional[int] = ..., amount_includes_iof: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof, str]] = ..., amount_type: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.AmountType, str]] = ..., currency: _Optional[str] = ..., end_date: _Optional[str] = ..., payment_schedule: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule, str]] = ..., reference: _Optional[str] = ..., start_date: _Optional[str] = ...) -> None: ...
            AMOUNT_INCLUDES_IOF_FIELD_NUMBER: _ClassVar[int]
            EXPIRES_AFTER_SECONDS_FIELD_NUMBER: _ClassVar[int]
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            amount_includes_iof: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof
            expires_after_seconds: int
            mandate_options: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage
            def __init__(self, amount_includes_iof: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.AmountIncludesIof, str]] = ..., expires_after_seconds: _Optional[int] = ..., mandate_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix.SetupFutureUsage, str]] = ...) -> None: ...
        class RevolutPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay.SetupFutureUsage, str]] = ...) -> None: ...
        class SamsungPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay.SetupFutureUsage, str]] = ...) -> None: ...
        class Satispay(_message.Message):
            __slots__ = ("capture_method",)
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay.CaptureMethod
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay.CaptureMethod, str]] = ...) -> None: ...
        class Scalapay(_message.Message):
            __slots__ = ("capture_method",)
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay.CaptureMethod
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay.CaptureMethod, str]] = ...) -> None: ...
        class SepaDebit(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "target_date")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("reference_prefix",)
                REFERENCE_PREFIX_FIELD_NUMBER: _ClassVar[int]
                reference_prefix: str
                def __init__(self, reference_prefix: _Optional[str] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.MandateOptions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            target_date: str
            def __init__(self, mandate_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ...) -> None: ...
        class Sequra(_message.Message):
            __slots__ = ("capture_method",)
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra.CaptureMethod
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra.CaptureMethod, str]] = ...) -> None: ...
        class Sofort(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort.SetupFutureUsage, str]] = ...) -> None: ...
        class Sunbit(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.CaptureMethod
            CAPTURE_METHOD_MANUAL: CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            capture_method: CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.CaptureMethod
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.SetupFutureUsage
            def __init__(self, capture_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit.SetupFutureUsage, str]] = ...) -> None: ...
        class Swish(_message.Message):
            __slots__ = ("reference",)
            REFERENCE_FIELD_NUMBER: _ClassVar[int]
            reference: str
            def __init__(self, reference: _Optional[str] = ...) -> None: ...
        class Twint(_message.Message):
            __slots__ = ("setup_future_usage",)
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage
            def __init__(self, setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Twint.SetupFutureUsage, str]] = ...) -> None: ...
        class Upi(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "clear_setup_future_usage")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("amount", "amount_type", "description", "end_date")
                class AmountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType]
                    AMOUNT_TYPE_FIXED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType]
                    AMOUNT_TYPE_MAXIMUM: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType]
                AMOUNT_TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType
                AMOUNT_TYPE_FIXED: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType
                AMOUNT_TYPE_MAXIMUM: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
                DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
                END_DATE_FIELD_NUMBER: _ClassVar[int]
                amount: int
                amount_type: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType
                description: str
                end_date: int
                def __init__(self, amount: _Optional[int] = ..., amount_type: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions.AmountType, str]] = ..., description: _Optional[str] = ..., end_date: _Optional[int] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            CLEAR_SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage
            clear_setup_future_usage: bool
            def __init__(self, mandate_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi.SetupFutureUsage, str]] = ..., clear_setup_future_usage: _Optional[bool] = ...) -> None: ...
        class UsBankAccount(_message.Message):
            __slots__ = ("financial_connections", "setup_future_usage", "target_date", "verification_method")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            class VerificationMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                VERIFICATION_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod]
                VERIFICATION_METHOD_AUTOMATIC: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod]
                VERIFICATION_METHOD_INSTANT: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod]
            VERIFICATION_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod
            VERIFICATION_METHOD_AUTOMATIC: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod
            VERIFICATION_METHOD_INSTANT: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod
            class FinancialConnections(_message.Message):
                __slots__ = ("permissions", "prefetch")
                class Permissions(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PERMISSIONS_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_BALANCES: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_OWNERSHIP: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_PAYMENT_METHOD: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_TRANSACTIONS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                PERMISSIONS_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_BALANCES: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_OWNERSHIP: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_PAYMENT_METHOD: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_TRANSACTIONS: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                class Prefetch(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PREFETCH_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                    PREFETCH_BALANCES: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                    PREFETCH_OWNERSHIP: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                    PREFETCH_TRANSACTIONS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                PREFETCH_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                PREFETCH_BALANCES: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                PREFETCH_OWNERSHIP: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                PREFETCH_TRANSACTIONS: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
                PREFETCH_FIELD_NUMBER: _ClassVar[int]
                permissions: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                prefetch: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                def __init__(self, permissions: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions, str]]] = ..., prefetch: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch, str]]] = ...) -> None: ...
            FINANCIAL_CONNECTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            VERIFICATION_METHOD_FIELD_NUMBER: _ClassVar[int]
            financial_connections: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            target_date: str
            verification_method: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod
            def __init__(self, financial_connections: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.FinancialConnections, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ..., verification_method: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount.VerificationMethod, str]] = ...) -> None: ...
        class WechatPay(_message.Message):
            __slots__ = ("app_id", "client", "setup_future_usage")
            class Client(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CLIENT_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client]
                CLIENT_ANDROID: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client]
                CLIENT_IOS: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client]
                CLIENT_WEB: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client]
            CLIENT_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client
            CLIENT_ANDROID: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client
            CLIENT_IOS: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client
            CLIENT_WEB: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.SetupFutureUsage
            APP_ID_FIELD_NUMBER: _ClassVar[int]
            CLIENT_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            app_id: str
            client: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client
            setup_future_usage: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.SetupFutureUsage
            def __init__(self, app_id: _Optional[str] = ..., client: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.Client, str]] = ..., setup_future_usage: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay.SetupFutureUsage, str]] = ...) -> None: ...
        ACSS_DEBIT_FIELD_NUMBER: _ClassVar[int]
        AFFIRM_FIELD_NUMBER: _ClassVar[int]
        AFTERPAY_CLEARPAY_FIELD_NUMBER: _ClassVar[int]
        ALIPAY_FIELD_NUMBER: _ClassVar[int]
        ALMA_FIELD_NUMBER: _ClassVar[int]
        AMAZON_PAY_FIELD_NUMBER: _ClassVar[int]
        AU_BECS_DEBIT_FIELD_NUMBER: _ClassVar[int]
        BACS_DEBIT_FIELD_NUMBER: _ClassVar[int]
        BANCONTACT_FIELD_NUMBER: _ClassVar[int]
        BILLIE_FIELD_NUMBER: _ClassVar[int]
        BLIK_FIELD_NUMBER: _ClassVar[int]
        BOLETO_FIELD_NUMBER: _ClassVar[int]
        CARD_FIELD_NUMBER: _ClassVar[int]
        CASHAPP_FIELD_NUMBER: _ClassVar[int]
        CRYPTO_FIELD_NUMBER: _ClassVar[int]
        CUSTOMER_BALANCE_FIELD_NUMBER: _ClassVar[int]
        DEMO_PAY_FIELD_NUMBER: _ClassVar[int]
        EPS_FIELD_NUMBER: _ClassVar[int]
        FPX_FIELD_NUMBER: _ClassVar[int]
        GIROPAY_FIELD_NUMBER: _ClassVar[int]
        GRABPAY_FIELD_NUMBER: _ClassVar[int]
        IDEAL_FIELD_NUMBER: _ClassVar[int]
        KAKAO_PAY_FIELD_NUMBER: _ClassVar[int]
        KLARNA_FIELD_NUMBER: _ClassVar[int]
        KONBINI_FIELD_NUMBER: _ClassVar[int]
        KR_CARD_FIELD_NUMBER: _ClassVar[int]
        LINK_FIELD_NUMBER: _ClassVar[int]
        MOBILEPAY_FIELD_NUMBER: _ClassVar[int]
        MULTIBANCO_FIELD_NUMBER: _ClassVar[int]
        NAVER_PAY_FIELD_NUMBER: _ClassVar[int]
        OXXO_FIELD_NUMBER: _ClassVar[int]
        P24_FIELD_NUMBER: _ClassVar[int]
        PAY_BY_BANK_FIELD_NUMBER: _ClassVar[int]
        PAYCO_FIELD_NUMBER: _ClassVar[int]
        PAYNOW_FIELD_NUMBER: _ClassVar[int]
        PAYPAL_FIELD_NUMBER: _ClassVar[int]
        PAYTO_FIELD_NUMBER: _ClassVar[int]
        PIX_FIELD_NUMBER: _ClassVar[int]
        REVOLUT_PAY_FIELD_NUMBER: _ClassVar[int]
        SAMSUNG_PAY_FIELD_NUMBER: _ClassVar[int]
        SATISPAY_FIELD_NUMBER: _ClassVar[int]
        SCALAPAY_FIELD_NUMBER: _ClassVar[int]
        SEPA_DEBIT_FIELD_NUMBER: _ClassVar[int]
        SEQURA_FIELD_NUMBER: _ClassVar[int]
        SOFORT_FIELD_NUMBER: _ClassVar[int]
        SUNBIT_FIELD_NUMBER: _ClassVar[int]
        SWISH_FIELD_NUMBER: _ClassVar[int]
        TWINT_FIELD_NUMBER: _ClassVar[int]
        UPI_FIELD_NUMBER: _ClassVar[int]
        US_BANK_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
        WECHAT_PAY_FIELD_NUMBER: _ClassVar[int]
        acss_debit: CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit
        affirm: CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm
        afterpay_clearpay: CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay
        alipay: CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay
        alma: CreateCheckoutSessionRequest.PaymentMethodOptions.Alma
        amazon_pay: CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay
        au_becs_debit: CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit
        bacs_debit: CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit
        bancontact: CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact
        billie: CreateCheckoutSessionRequest.PaymentMethodOptions.Billie
        blik: CreateCheckoutSessionRequest.PaymentMethodOptions.Blik
        boleto: CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto
        card: CreateCheckoutSessionRequest.PaymentMethodOptions.Card
        cashapp: CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp
        crypto: CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto
        customer_balance: CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance
        demo_pay: CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay
        eps: CreateCheckoutSessionRequest.PaymentMethodOptions.Eps
        fpx: CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx
        giropay: CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay
        grabpay: CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay
        ideal: CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal
        kakao_pay: CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay
        klarna: CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna
        konbini: CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini
        kr_card: CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard
        link: CreateCheckoutSessionRequest.PaymentMethodOptions.Link
        mobilepay: CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay
        multibanco: CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco
        naver_pay: CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay
        oxxo: CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo
        p24: CreateCheckoutSessionRequest.PaymentMethodOptions.P24
        pay_by_bank: CreateCheckoutSessionRequest.PaymentMethodOptions.PayByBank
        payco: CreateCheckoutSessionRequest.PaymentMethodOptions.Payco
        paynow: CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow
        paypal: CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal
        payto: CreateCheckoutSessionRequest.PaymentMethodOptions.Payto
        pix: CreateCheckoutSessionRequest.PaymentMethodOptions.Pix
        revolut_pay: CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay
        samsung_pay: CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay
        satispay: CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay
        scalapay: CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay
        sepa_debit: CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit
        sequra: CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra
        sofort: CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort
        sunbit: CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit
        swish: CreateCheckoutSessionRequest.PaymentMethodOptions.Swish
        twint: CreateCheckoutSessionRequest.PaymentMethodOptions.Twint
        upi: CreateCheckoutSessionRequest.PaymentMethodOptions.Upi
        us_bank_account: CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount
        wechat_pay: CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay
        def __init__(self, acss_debit: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AcssDebit, _Mapping]] = ..., affirm: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Affirm, _Mapping]] = ..., afterpay_clearpay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AfterpayClearpay, _Mapping]] = ..., alipay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Alipay, _Mapping]] = ..., alma: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Alma, _Mapping]] = ..., amazon_pay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AmazonPay, _Mapping]] = ..., au_becs_debit: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.AuBecsDebit, _Mapping]] = ..., bacs_debit: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.BacsDebit, _Mapping]] = ..., bancontact: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Bancontact, _Mapping]] = ..., billie: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Billie, _Mapping]] = ..., blik: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Blik, _Mapping]] = ..., boleto: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Boleto, _Mapping]] = ..., card: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Card, _Mapping]] = ..., cashapp: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Cashapp, _Mapping]] = ..., crypto: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Crypto, _Mapping]] = ..., customer_balance: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.CustomerBalance, _Mapping]] = ..., demo_pay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.DemoPay, _Mapping]] = ..., eps: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Eps, _Mapping]] = ..., fpx: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Fpx, _Mapping]] = ..., giropay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Giropay, _Mapping]] = ..., grabpay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Grabpay, _Mapping]] = ..., ideal: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Ideal, _Mapping]] = ..., kakao_pay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.KakaoPay, _Mapping]] = ..., klarna: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Klarna, _Mapping]] = ..., konbini: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Konbini, _Mapping]] = ..., kr_card: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.KrCard, _Mapping]] = ..., link: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Link, _Mapping]] = ..., mobilepay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Mobilepay, _Mapping]] = ..., multibanco: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Multibanco, _Mapping]] = ..., naver_pay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.NaverPay, _Mapping]] = ..., oxxo: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Oxxo, _Mapping]] = ..., p24: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.P24, _Mapping]] = ..., pay_by_bank: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.PayByBank, _Mapping]] = ..., payco: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payco, _Mapping]] = ..., paynow: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Paynow, _Mapping]] = ..., paypal: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Paypal, _Mapping]] = ..., payto: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Payto, _Mapping]] = ..., pix: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Pix, _Mapping]] = ..., revolut_pay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.RevolutPay, _Mapping]] = ..., samsung_pay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.SamsungPay, _Mapping]] = ..., satispay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Satispay, _Mapping]] = ..., scalapay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Scalapay, _Mapping]] = ..., sepa_debit: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.SepaDebit, _Mapping]] = ..., sequra: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Sequra, _Mapping]] = ..., sofort: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Sofort, _Mapping]] = ..., sunbit: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Sunbit, _Mapping]] = ..., swish: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Swish, _Mapping]] = ..., twint: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Twint, _Mapping]] = ..., upi: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.Upi, _Mapping]] = ..., us_bank_account: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.UsBankAccount, _Mapping]] = ..., wechat_pay: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions.WechatPay, _Mapping]] = ...) -> None: ...
    class Permissions(_message.Message):
        __slots__ = ("update_shipping_details",)
        class UpdateShippingDetails(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UPDATE_SHIPPING_DETAILS_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails]
            UPDATE_SHIPPING_DETAILS_CLIENT_ONLY: _ClassVar[CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails]
            UPDATE_SHIPPING_DETAILS_SERVER_ONLY: _ClassVar[CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails]
        UPDATE_SHIPPING_DETAILS_UNSPECIFIED: CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails
        UPDATE_SHIPPING_DETAILS_CLIENT_ONLY: CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails
        UPDATE_SHIPPING_DETAILS_SERVER_ONLY: CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails
        UPDATE_SHIPPING_DETAILS_FIELD_NUMBER: _ClassVar[int]
        update_shipping_details: CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails
        def __init__(self, update_shipping_details: _Optional[_Union[CreateCheckoutSessionRequest.Permissions.UpdateShippingDetails, str]] = ...) -> None: ...
    class PhoneNumberCollection(_message.Message):
        __slots__ = ("enabled",)
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        def __init__(self, enabled: _Optional[bool] = ...) -> None: ...
    class SavedPaymentMethodOptions(_message.Message):
        __slots__ = ("allow_redisplay_filters", "payment_method_remove", "payment_method_save")
        class AllowRedisplayFilters(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ALLOW_REDISPLAY_FILTERS_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters]
            ALLOW_REDISPLAY_FILTERS_ALWAYS: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters]
            ALLOW_REDISPLAY_FILTERS_LIMITED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters]
            ALLOW_REDISPLAY_FILTERS_UNSPECIFIED_VALUE: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters]
        ALLOW_REDISPLAY_FILTERS_UNSPECIFIED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters
        ALLOW_REDISPLAY_FILTERS_ALWAYS: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters
        ALLOW_REDISPLAY_FILTERS_LIMITED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters
        ALLOW_REDISPLAY_FILTERS_UNSPECIFIED_VALUE: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters
        class PaymentMethodRemove(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PAYMENT_METHOD_REMOVE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove]
            PAYMENT_METHOD_REMOVE_DISABLED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove]
            PAYMENT_METHOD_REMOVE_ENABLED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove]
        PAYMENT_METHOD_REMOVE_UNSPECIFIED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove
        PAYMENT_METHOD_REMOVE_DISABLED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove
        PAYMENT_METHOD_REMOVE_ENABLED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove
        class PaymentMethodSave(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PAYMENT_METHOD_SAVE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave]
            PAYMENT_METHOD_SAVE_DISABLED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave]
            PAYMENT_METHOD_SAVE_ENABLED: _ClassVar[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave]
        PAYMENT_METHOD_SAVE_UNSPECIFIED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave
        PAYMENT_METHOD_SAVE_DISABLED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave
        PAYMENT_METHOD_SAVE_ENABLED: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave
        ALLOW_REDISPLAY_FILTERS_FIELD_NUMBER: _ClassVar[int]
        PAYMENT_METHOD_REMOVE_FIELD_NUMBER: _ClassVar[int]
        PAYMENT_METHOD_SAVE_FIELD_NUMBER: _ClassVar[int]
        allow_redisplay_filters: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters]
        payment_method_remove: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove
        payment_method_save: CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave
        def __init__(self, allow_redisplay_filters: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.AllowRedisplayFilters, str]]] = ..., payment_method_remove: _Optional[_Union[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodRemove, str]] = ..., payment_method_save: _Optional[_Union[CreateCheckoutSessionRequest.SavedPaymentMethodOptions.PaymentMethodSave, str]] = ...) -> None: ...
    class SetupIntentData(_message.Message):
        __slots__ = ("description", "metadata", "on_behalf_of")
        class MetadataEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        ON_BEHALF_OF_FIELD_NUMBER: _ClassVar[int]
        description: str
        metadata: _containers.ScalarMap[str, str]
        on_behalf_of: str
        def __init__(self, description: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., on_behalf_of: _Optional[str] = ...) -> None: ...
    class ShippingAddressCollection(_message.Message):
        __slots__ = ("allowed_countries",)
        class AllowedCountries(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ALLOWED_COUNTRIES_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AD: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AQ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AX: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BB: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BD: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BJ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BQ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BV: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CD: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CV: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DJ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ER: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ES: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ET: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FJ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GB: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GD: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GP: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GQ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ID: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IQ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JP: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LB: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LV: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MD: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ME: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ML: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MQ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MV: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MX: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NP: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_OM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_QA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SB: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SD: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SI: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SJ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ST: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SV: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SX: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TD: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TH: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TJ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TL: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TO: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TR: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TV: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_US: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UY: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VC: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VG: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VN: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VU: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_WF: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_WS: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_XK: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_YE: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_YT: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZA: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZM: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZW: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZZ: _ClassVar[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
        ALLOWED_COUNTRIES_UNSPECIFIED: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AD: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AQ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AX: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BB: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BD: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BJ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BQ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BV: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CD: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CV: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DJ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ER: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ES: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ET: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FJ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GB: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GD: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GP: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GQ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ID: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IQ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JP: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LB: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LV: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MD: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ME: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ML: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MQ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MV: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MX: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NP: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_OM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_QA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SB: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SD: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SI: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SJ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ST: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SV: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SX: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TD: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TH: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TJ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TL: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TO: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TR: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TV: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_US: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UY: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VC: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VG: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VN: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VU: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_WF: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_WS: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_XK: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_YE: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_YT: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZA: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZM: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZW: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZZ: CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FIELD_NUMBER: _ClassVar[int]
        allowed_countries: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries]
        def __init__(self, allowed_countries: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.ShippingAddressCollection.AllowedCountries, str]]] = ...) -> None: ...
    class ShippingOption(_message.Message):
        __slots__ = ("shipping_rate", "shipping_rate_data")
        class ShippingRateData(_message.Message):
            __slots__ = ("delivery_estimate", "display_name", "fixed_amount", "metadata", "tax_behavior", "tax_code", "type")
            class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
                TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
                TAX_BEHAVIOR_INCLUSIVE: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
                TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
            TAX_BEHAVIOR_UNSPECIFIED: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            TAX_BEHAVIOR_EXCLUSIVE: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            TAX_BEHAVIOR_INCLUSIVE: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            TAX_BEHAVIOR_UNSPECIFIED_VALUE: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type]
                TYPE_FIXED_AMOUNT: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type]
            TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type
            TYPE_FIXED_AMOUNT: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type
            class DeliveryEstimate(_message.Message):
                __slots__ = ("maximum", "minimum")
                class Maximum(_message.Message):
                    __slots__ = ("unit", "value")
                    class Unit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        UNIT_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_BUSINESS_DAY: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_DAY: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_HOUR: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_MONTH: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_WEEK: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                    UNIT_UNSPECIFIED: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_BUSINESS_DAY: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_DAY: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_HOUR: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_MONTH: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_WEEK: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    unit: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    value: int
                    def __init__(self, unit: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit, str]] = ..., value: _Optional[int] = ...) -> None: ...
                class Minimum(_message.Message):
                    __slots__ = ("unit", "value")
                    class Unit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        UNIT_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_BUSINESS_DAY: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_DAY: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_HOUR: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_MONTH: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_WEEK: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                    UNIT_UNSPECIFIED: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_BUSINESS_DAY: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_DAY: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_HOUR: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_MONTH: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_WEEK: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    unit: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    value: int
                    def __init__(self, unit: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit, str]] = ..., value: _Optional[int] = ...) -> None: ...
                MAXIMUM_FIELD_NUMBER: _ClassVar[int]
                MINIMUM_FIELD_NUMBER: _ClassVar[int]
                maximum: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum
                minimum: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum
                def __init__(self, maximum: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum, _Mapping]] = ..., minimum: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum, _Mapping]] = ...) -> None: ...
            class FixedAmount(_message.Message):
                __slots__ = ("amount", "currency", "currency_options")
                class CurrencyOptions(_message.Message):
                    __slots__ = ("amount", "tax_behavior")
                    class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                        TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                        TAX_BEHAVIOR_INCLUSIVE: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                        TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                    TAX_BEHAVIOR_UNSPECIFIED: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    TAX_BEHAVIOR_EXCLUSIVE: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    TAX_BEHAVIOR_INCLUSIVE: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    TAX_BEHAVIOR_UNSPECIFIED_VALUE: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    AMOUNT_FIELD_NUMBER: _ClassVar[int]
                    TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
                    amount: int
                    tax_behavior: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    def __init__(self, amount: _Optional[int] = ..., tax_behavior: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior, str]] = ...) -> None: ...
                class CurrencyOptionsEntry(_message.Message):
                    __slots__ = ("key", "value")
                    KEY_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    key: str
                    value: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions
                    def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions, _Mapping]] = ...) -> None: ...
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                CURRENCY_FIELD_NUMBER: _ClassVar[int]
                CURRENCY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
                amount: int
                currency: str
                currency_options: _containers.MessageMap[str, CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions]
                def __init__(self, amount: _Optional[int] = ..., currency: _Optional[str] = ..., currency_options: _Optional[_Mapping[str, CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions]] = ...) -> None: ...
            class MetadataEntry(_message.Message):
                __slots__ = ("key", "value")
                KEY_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                key: str
                value: str
                def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
            DELIVERY_ESTIMATE_FIELD_NUMBER: _ClassVar[int]
            DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
            FIXED_AMOUNT_FIELD_NUMBER: _ClassVar[int]
            METADATA_FIELD_NUMBER: _ClassVar[int]
            TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
            TAX_CODE_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            delivery_estimate: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate
            display_name: str
            fixed_amount: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount
            metadata: _containers.ScalarMap[str, str]
            tax_behavior: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            tax_code: str
            type: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type
            def __init__(self, delivery_estimate: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate, _Mapping]] = ..., display_name: _Optional[str] = ..., fixed_amount: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., tax_behavior: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior, str]] = ..., tax_code: _Optional[str] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type, str]] = ...) -> None: ...
        SHIPPING_RATE_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_RATE_DATA_FIELD_NUMBER: _ClassVar[int]
        shipping_rate: str
        shipping_rate_data: CreateCheckoutSessionRequest.ShippingOption.ShippingRateData
        def __init__(self, shipping_rate: _Optional[str] = ..., shipping_rate_data: _Optional[_Union[CreateCheckoutSessionRequest.ShippingOption.ShippingRateData, _Mapping]] = ...) -> None: ...
    class SubscriptionData(_message.Message):
        __slots__ = ("application_fee_percent", "billing_cycle_anchor", "billing_cycle_anchor_config", "billing_mode", "default_tax_rates", "description", "invoice_settings", "metadata", "on_behalf_of", "pending_invoice_item_interval", "proration_behavior", "transfer_data", "trial_end", "trial_period_days", "trial_settings")
        class ProrationBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PRORATION_BEHAVIOR_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior]
            PRORATION_BEHAVIOR_CREATE_PRORATIONS: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior]
            PRORATION_BEHAVIOR_NONE: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior]
        PRORATION_BEHAVIOR_UNSPECIFIED: CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior
        PRORATION_BEHAVIOR_CREATE_PRORATIONS: CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior
        PRORATION_BEHAVIOR_NONE: CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior
        class BillingCycleAnchorConfig(_message.Message):
            __slots__ = ("day_of_month", "hour", "minute", "month", "second")
            DAY_OF_MONTH_FIELD_NUMBER: _ClassVar[int]
            HOUR_FIELD_NUMBER: _ClassVar[int]
            MINUTE_FIELD_NUMBER: _ClassVar[int]
            MONTH_FIELD_NUMBER: _ClassVar[int]
            SECOND_FIELD_NUMBER: _ClassVar[int]
            day_of_month: int
            hour: int
            minute: int
            month: int
            second: int
            def __init__(self, day_of_month: _Optional[int] = ..., hour: _Optional[int] = ..., minute: _Optional[int] = ..., month: _Optional[int] = ..., second: _Optional[int] = ...) -> None: ...
        class BillingMode(_message.Message):
            __slots__ = ("flexible", "type")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type]
                TYPE_CLASSIC: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type]
                TYPE_FLEXIBLE: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type]
            TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type
            TYPE_CLASSIC: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type
            TYPE_FLEXIBLE: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type
            class Flexible(_message.Message):
                __slots__ = ("proration_discounts",)
                class ProrationDiscounts(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PRORATION_DISCOUNTS_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts]
                    PRORATION_DISCOUNTS_INCLUDED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts]
                    PRORATION_DISCOUNTS_ITEMIZED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts]
                PRORATION_DISCOUNTS_UNSPECIFIED: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts
                PRORATION_DISCOUNTS_INCLUDED: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts
                PRORATION_DISCOUNTS_ITEMIZED: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts
                PRORATION_DISCOUNTS_FIELD_NUMBER: _ClassVar[int]
                proration_discounts: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts
                def __init__(self, proration_discounts: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible.ProrationDiscounts, str]] = ...) -> None: ...
            FLEXIBLE_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            flexible: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible
            type: CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type
            def __init__(self, flexible: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Flexible, _Mapping]] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.BillingMode.Type, str]] = ...) -> None: ...
        class InvoiceSettings(_message.Message):
            __slots__ = ("account_tax_ids", "custom_fields", "clear_custom_fields", "description", "footer", "issuer")
            class CustomField(_message.Message):
                __slots__ = ("name", "value")
                NAME_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                name: str
                value: str
                def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
            class Issuer(_message.Message):
                __slots__ = ("account", "type")
                class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TYPE_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type]
                    TYPE_ACCOUNT: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type]
                    TYPE_SELF: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type]
                TYPE_UNSPECIFIED: CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type
                TYPE_ACCOUNT: CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type
                TYPE_SELF: CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type
                ACCOUNT_FIELD_NUMBER: _ClassVar[int]
                TYPE_FIELD_NUMBER: _ClassVar[int]
                account: str
                type: CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type
                def __init__(self, account: _Optional[str] = ..., type: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer.Type, str]] = ...) -> None: ...
            ACCOUNT_TAX_IDS_FIELD_NUMBER: _ClassVar[int]
            CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
            CLEAR_CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
            DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
            FOOTER_FIELD_NUMBER: _ClassVar[int]
            ISSUER_FIELD_NUMBER: _ClassVar[int]
            account_tax_ids: _containers.RepeatedScalarFieldContainer[str]
            custom_fields: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.CustomField]
            clear_custom_fields: bool
            description: str
            footer: str
            issuer: CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer
            def __init__(self, account_tax_ids: _Optional[_Iterable[str]] = ..., custom_fields: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.CustomField, _Mapping]]] = ..., clear_custom_fields: _Optional[bool] = ..., description: _Optional[str] = ..., footer: _Optional[str] = ..., issuer: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings.Issuer, _Mapping]] = ...) -> None: ...
        class PendingInvoiceItemInterval(_message.Message):
            __slots__ = ("interval", "interval_count")
            class Interval(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                INTERVAL_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval]
                INTERVAL_DAY: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval]
                INTERVAL_MONTH: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval]
                INTERVAL_WEEK: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval]
                INTERVAL_YEAR: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval]
            INTERVAL_UNSPECIFIED: CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval
            INTERVAL_DAY: CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval
            INTERVAL_MONTH: CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval
            INTERVAL_WEEK: CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval
            INTERVAL_YEAR: CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval
            INTERVAL_FIELD_NUMBER: _ClassVar[int]
            INTERVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
            interval: CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval
            interval_count: int
            def __init__(self, interval: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval.Interval, str]] = ..., interval_count: _Optional[int] = ...) -> None: ...
        class TransferData(_message.Message):
            __slots__ = ("amount_percent", "destination")
            AMOUNT_PERCENT_FIELD_NUMBER: _ClassVar[int]
            DESTINATION_FIELD_NUMBER: _ClassVar[int]
            amount_percent: float
            destination: str
            def __init__(self, amount_percent: _Optional[float] = ..., destination: _Optional[str] = ...) -> None: ...
        class TrialSettings(_message.Message):
            __slots__ = ("end_behavior",)
            class EndBehavior(_message.Message):
                __slots__ = ("missing_payment_method",)
                class MissingPaymentMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    MISSING_PAYMENT_METHOD_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod]
                    MISSING_PAYMENT_METHOD_CANCEL: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod]
                    MISSING_PAYMENT_METHOD_CREATE_INVOICE: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod]
                    MISSING_PAYMENT_METHOD_PAUSE: _ClassVar[CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod]
                MISSING_PAYMENT_METHOD_UNSPECIFIED: CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod
                MISSING_PAYMENT_METHOD_CANCEL: CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod
                MISSING_PAYMENT_METHOD_CREATE_INVOICE: CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod
                MISSING_PAYMENT_METHOD_PAUSE: CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod
                MISSING_PAYMENT_METHOD_FIELD_NUMBER: _ClassVar[int]
                missing_payment_method: CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod
                def __init__(self, missing_payment_method: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior.MissingPaymentMethod, str]] = ...) -> None: ...
            END_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
            end_behavior: CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior
            def __init__(self, end_behavior: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.TrialSettings.EndBehavior, _Mapping]] = ...) -> None: ...
        class MetadataEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        APPLICATION_FEE_PERCENT_FIELD_NUMBER: _ClassVar[int]
        BILLING_CYCLE_ANCHOR_FIELD_NUMBER: _ClassVar[int]
        BILLING_CYCLE_ANCHOR_CONFIG_FIELD_NUMBER: _ClassVar[int]
        BILLING_MODE_FIELD_NUMBER: _ClassVar[int]
        DEFAULT_TAX_RATES_FIELD_NUMBER: _ClassVar[int]
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        INVOICE_SETTINGS_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        ON_BEHALF_OF_FIELD_NUMBER: _ClassVar[int]
        PENDING_INVOICE_ITEM_INTERVAL_FIELD_NUMBER: _ClassVar[int]
        PRORATION_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
        TRANSFER_DATA_FIELD_NUMBER: _ClassVar[int]
        TRIAL_END_FIELD_NUMBER: _ClassVar[int]
        TRIAL_PERIOD_DAYS_FIELD_NUMBER: _ClassVar[int]
        TRIAL_SETTINGS_FIELD_NUMBER: _ClassVar[int]
        application_fee_percent: float
        billing_cycle_anchor: int
        billing_cycle_anchor_config: CreateCheckoutSessionRequest.SubscriptionData.BillingCycleAnchorConfig
        billing_mode: CreateCheckoutSessionRequest.SubscriptionData.BillingMode
        default_tax_rates: _containers.RepeatedScalarFieldContainer[str]
        description: str
        invoice_settings: CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings
        metadata: _containers.ScalarMap[str, str]
        on_behalf_of: str
        pending_invoice_item_interval: CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval
        proration_behavior: CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior
        transfer_data: CreateCheckoutSessionRequest.SubscriptionData.TransferData
        trial_end: int
        trial_period_days: int
        trial_settings: CreateCheckoutSessionRequest.SubscriptionData.TrialSettings
        def __init__(self, application_fee_percent: _Optional[float] = ..., billing_cycle_anchor: _Optional[int] = ..., billing_cycle_anchor_config: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.BillingCycleAnchorConfig, _Mapping]] = ..., billing_mode: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.BillingMode, _Mapping]] = ..., default_tax_rates: _Optional[_Iterable[str]] = ..., description: _Optional[str] = ..., invoice_settings: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.InvoiceSettings, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., on_behalf_of: _Optional[str] = ..., pending_invoice_item_interval: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.PendingInvoiceItemInterval, _Mapping]] = ..., proration_behavior: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.ProrationBehavior, str]] = ..., transfer_data: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.TransferData, _Mapping]] = ..., trial_end: _Optional[int] = ..., trial_period_days: _Optional[int] = ..., trial_settings: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData.TrialSettings, _Mapping]] = ...) -> None: ...
    class TaxIdCollection(_message.Message):
        __slots__ = ("enabled", "required")
        class Required(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            REQUIRED_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.TaxIdCollection.Required]
            REQUIRED_IF_SUPPORTED: _ClassVar[CreateCheckoutSessionRequest.TaxIdCollection.Required]
            REQUIRED_NEVER: _ClassVar[CreateCheckoutSessionRequest.TaxIdCollection.Required]
        REQUIRED_UNSPECIFIED: CreateCheckoutSessionRequest.TaxIdCollection.Required
        REQUIRED_IF_SUPPORTED: CreateCheckoutSessionRequest.TaxIdCollection.Required
        REQUIRED_NEVER: CreateCheckoutSessionRequest.TaxIdCollection.Required
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        REQUIRED_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        required: CreateCheckoutSessionRequest.TaxIdCollection.Required
        def __init__(self, enabled: _Optional[bool] = ..., required: _Optional[_Union[CreateCheckoutSessionRequest.TaxIdCollection.Required, str]] = ...) -> None: ...
    class WalletOptions(_message.Message):
        __slots__ = ("link",)
        class Link(_message.Message):
            __slots__ = ("display",)
            class Display(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                DISPLAY_UNSPECIFIED: _ClassVar[CreateCheckoutSessionRequest.WalletOptions.Link.Display]
                DISPLAY_AUTO: _ClassVar[CreateCheckoutSessionRequest.WalletOptions.Link.Display]
                DISPLAY_NEVER: _ClassVar[CreateCheckoutSessionRequest.WalletOptions.Link.Display]
            DISPLAY_UNSPECIFIED: CreateCheckoutSessionRequest.WalletOptions.Link.Display
            DISPLAY_AUTO: CreateCheckoutSessionRequest.WalletOptions.Link.Display
            DISPLAY_NEVER: CreateCheckoutSessionRequest.WalletOptions.Link.Display
            DISPLAY_FIELD_NUMBER: _ClassVar[int]
            display: CreateCheckoutSessionRequest.WalletOptions.Link.Display
            def __init__(self, display: _Optional[_Union[CreateCheckoutSessionRequest.WalletOptions.Link.Display, str]] = ...) -> None: ...
        LINK_FIELD_NUMBER: _ClassVar[int]
        link: CreateCheckoutSessionRequest.WalletOptions.Link
        def __init__(self, link: _Optional[_Union[CreateCheckoutSessionRequest.WalletOptions.Link, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ADAPTIVE_PRICING_FIELD_NUMBER: _ClassVar[int]
    AFTER_EXPIRATION_FIELD_NUMBER: _ClassVar[int]
    ALLOW_PROMOTION_CODES_FIELD_NUMBER: _ClassVar[int]
    ALLOWED_PAYMENT_METHOD_TYPES_FIELD_NUMBER: _ClassVar[int]
    AUTOMATIC_TAX_FIELD_NUMBER: _ClassVar[int]
    BILLING_ADDRESS_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    BRANDING_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CANCEL_URL_FIELD_NUMBER: _ClassVar[int]
    CLIENT_REFERENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CONSENT_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_TEXT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_CREATION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_EMAIL_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_UPDATE_FIELD_NUMBER: _ClassVar[int]
    DISCOUNTS_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_PAYMENT_METHOD_TYPES_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    INTEGRATION_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    INVOICE_CREATION_FIELD_NUMBER: _ClassVar[int]
    LINE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    MANAGED_PAYMENTS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    NAME_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    OPTIONAL_ITEMS_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_CONTEXT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_INTENT_DATA_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_CONFIGURATION_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_DATA_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    PHONE_NUMBER_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    REDIRECT_ON_COMPLETION_FIELD_NUMBER: _ClassVar[int]
    RETURN_URL_FIELD_NUMBER: _ClassVar[int]
    SAVED_PAYMENT_METHOD_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    SETUP_INTENT_DATA_FIELD_NUMBER: _ClassVar[int]
    SHIPPING_ADDRESS_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    SHIPPING_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_DATA_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_URL_FIELD_NUMBER: _ClassVar[int]
    TAX_ID_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    UI_MODE_FIELD_NUMBER: _ClassVar[int]
    WALLET_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    adaptive_pricing: CreateCheckoutSessionRequest.AdaptivePricing
    after_expiration: CreateCheckoutSessionRequest.AfterExpiration
    allow_promotion_codes: bool
    allowed_payment_method_types: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes]
    automatic_tax: CreateCheckoutSessionRequest.AutomaticTax
    billing_address_collection: CreateCheckoutSessionRequest.BillingAddressCollection
    branding_settings: CreateCheckoutSessionRequest.BrandingSettings
    cancel_url: str
    client_reference_id: str
    consent_collection: CreateCheckoutSessionRequest.ConsentCollection
    currency: str
    custom_fields: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.CustomField]
    custom_text: CreateCheckoutSessionRequest.CustomText
    customer: str
    customer_account: str
    customer_creation: CreateCheckoutSessionRequest.CustomerCreation
    customer_email: str
    customer_update: CreateCheckoutSessionRequest.CustomerUpdate
    discounts: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.Discount]
    excluded_payment_method_types: _containers.RepeatedScalarFieldContainer[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes]
    expand: _containers.RepeatedScalarFieldContainer[str]
    expires_at: int
    integration_identifier: str
    invoice_creation: CreateCheckoutSessionRequest.InvoiceCreation
    line_items: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.LineItem]
    locale: CreateCheckoutSessionRequest.Locale
    managed_payments: CreateCheckoutSessionRequest.ManagedPayments
    metadata: _containers.ScalarMap[str, str]
    mode: CreateCheckoutSessionRequest.Mode
    name_collection: CreateCheckoutSessionRequest.NameCollection
    optional_items: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.OptionalItem]
    origin_context: CreateCheckoutSessionRequest.OriginContext
    payment_intent_data: CreateCheckoutSessionRequest.PaymentIntentData
    payment_method_collection: CreateCheckoutSessionRequest.PaymentMethodCollection
    payment_method_configuration: str
    payment_method_data: CreateCheckoutSessionRequest.PaymentMethodData
    payment_method_options: CreateCheckoutSessionRequest.PaymentMethodOptions
    permissions: CreateCheckoutSessionRequest.Permissions
    phone_number_collection: CreateCheckoutSessionRequest.PhoneNumberCollection
    redirect_on_completion: CreateCheckoutSessionRequest.RedirectOnCompletion
    return_url: str
    saved_payment_method_options: CreateCheckoutSessionRequest.SavedPaymentMethodOptions
    setup_intent_data: CreateCheckoutSessionRequest.SetupIntentData
    shipping_address_collection: CreateCheckoutSessionRequest.ShippingAddressCollection
    shipping_options: _containers.RepeatedCompositeFieldContainer[CreateCheckoutSessionRequest.ShippingOption]
    submit_type: CreateCheckoutSessionRequest.SubmitType
    subscription_data: CreateCheckoutSessionRequest.SubscriptionData
    success_url: str
    tax_id_collection: CreateCheckoutSessionRequest.TaxIdCollection
    ui_mode: CreateCheckoutSessionRequest.UiMode
    wallet_options: CreateCheckoutSessionRequest.WalletOptions
    def __init__(self, adaptive_pricing: _Optional[_Union[CreateCheckoutSessionRequest.AdaptivePricing, _Mapping]] = ..., after_expiration: _Optional[_Union[CreateCheckoutSessionRequest.AfterExpiration, _Mapping]] = ..., allow_promotion_codes: _Optional[bool] = ..., allowed_payment_method_types: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.AllowedPaymentMethodTypes, str]]] = ..., automatic_tax: _Optional[_Union[CreateCheckoutSessionRequest.AutomaticTax, _Mapping]] = ..., billing_address_collection: _Optional[_Union[CreateCheckoutSessionRequest.BillingAddressCollection, str]] = ..., branding_settings: _Optional[_Union[CreateCheckoutSessionRequest.BrandingSettings, _Mapping]] = ..., cancel_url: _Optional[str] = ..., client_reference_id: _Optional[str] = ..., consent_collection: _Optional[_Union[CreateCheckoutSessionRequest.ConsentCollection, _Mapping]] = ..., currency: _Optional[str] = ..., custom_fields: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.CustomField, _Mapping]]] = ..., custom_text: _Optional[_Union[CreateCheckoutSessionRequest.CustomText, _Mapping]] = ..., customer: _Optional[str] = ..., customer_account: _Optional[str] = ..., customer_creation: _Optional[_Union[CreateCheckoutSessionRequest.CustomerCreation, str]] = ..., customer_email: _Optional[str] = ..., customer_update: _Optional[_Union[CreateCheckoutSessionRequest.CustomerUpdate, _Mapping]] = ..., discounts: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.Discount, _Mapping]]] = ..., excluded_payment_method_types: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.ExcludedPaymentMethodTypes, str]]] = ..., expand: _Optional[_Iterable[str]] = ..., expires_at: _Optional[int] = ..., integration_identifier: _Optional[str] = ..., invoice_creation: _Optional[_Union[CreateCheckoutSessionRequest.InvoiceCreation, _Mapping]] = ..., line_items: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.LineItem, _Mapping]]] = ..., locale: _Optional[_Union[CreateCheckoutSessionRequest.Locale, str]] = ..., managed_payments: _Optional[_Union[CreateCheckoutSessionRequest.ManagedPayments, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., mode: _Optional[_Union[CreateCheckoutSessionRequest.Mode, str]] = ..., name_collection: _Optional[_Union[CreateCheckoutSessionRequest.NameCollection, _Mapping]] = ..., optional_items: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.OptionalItem, _Mapping]]] = ..., origin_context: _Optional[_Union[CreateCheckoutSessionRequest.OriginContext, str]] = ..., payment_intent_data: _Optional[_Union[CreateCheckoutSessionRequest.PaymentIntentData, _Mapping]] = ..., payment_method_collection: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodCollection, str]] = ..., payment_method_configuration: _Optional[str] = ..., payment_method_data: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodData, _Mapping]] = ..., payment_method_options: _Optional[_Union[CreateCheckoutSessionRequest.PaymentMethodOptions, _Mapping]] = ..., permissions: _Optional[_Union[CreateCheckoutSessionRequest.Permissions, _Mapping]] = ..., phone_number_collection: _Optional[_Union[CreateCheckoutSessionRequest.PhoneNumberCollection, _Mapping]] = ..., redirect_on_completion: _Optional[_Union[CreateCheckoutSessionRequest.RedirectOnCompletion, str]] = ..., return_url: _Optional[str] = ..., saved_payment_method_options: _Optional[_Union[CreateCheckoutSessionRequest.SavedPaymentMethodOptions, _Mapping]] = ..., setup_intent_data: _Optional[_Union[CreateCheckoutSessionRequest.SetupIntentData, _Mapping]] = ..., shipping_address_collection: _Optional[_Union[CreateCheckoutSessionRequest.ShippingAddressCollection, _Mapping]] = ..., shipping_options: _Optional[_Iterable[_Union[CreateCheckoutSessionRequest.ShippingOption, _Mapping]]] = ..., submit_type: _Optional[_Union[CreateCheckoutSessionRequest.SubmitType, str]] = ..., subscription_data: _Optional[_Union[CreateCheckoutSessionRequest.SubscriptionData, _Mapping]] = ..., success_url: _Optional[str] = ..., tax_id_collection: _Optional[_Union[CreateCheckoutSessionRequest.TaxIdCollection, _Mapping]] = ..., ui_mode: _Optional[_Union[CreateCheckoutSessionRequest.UiMode, str]] = ..., wallet_options: _Optional[_Union[CreateCheckoutSessionRequest.WalletOptions, _Mapping]] = ...) -> None: ...

class GetCheckoutSessionRequest(_message.Message):
    __slots__ = ("id", "expand")
    ID_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    id: str
    expand: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., expand: _Optional[_Iterable[str]] = ...) -> None: ...

class UpdateCheckoutSessionRequest(_message.Message):
    __slots__ = ("id", "collected_information", "expand", "line_items", "metadata", "clear_metadata", "payment_intent_data", "shipping_options", "clear_shipping_options")
    class CollectedInformation(_message.Message):
        __slots__ = ("shipping_details",)
        class ShippingDetails(_message.Message):
            __slots__ = ("address", "name")
            class Address(_message.Message):
                __slots__ = ("city", "country", "line1", "line2", "postal_code", "state")
                CITY_FIELD_NUMBER: _ClassVar[int]
                COUNTRY_FIELD_NUMBER: _ClassVar[int]
                LINE1_FIELD_NUMBER: _ClassVar[int]
                LINE2_FIELD_NUMBER: _ClassVar[int]
                POSTAL_CODE_FIELD_NUMBER: _ClassVar[int]
                STATE_FIELD_NUMBER: _ClassVar[int]
                city: str
                country: str
                line1: str
                line2: str
                postal_code: str
                state: str
                def __init__(self, city: _Optional[str] = ..., country: _Optional[str] = ..., line1: _Optional[str] = ..., line2: _Optional[str] = ..., postal_code: _Optional[str] = ..., state: _Optional[str] = ...) -> None: ...
            ADDRESS_FIELD_NUMBER: _ClassVar[int]
            NAME_FIELD_NUMBER: _ClassVar[int]
            address: UpdateCheckoutSessionRequest.CollectedInformation.ShippingDetails.Address
            name: str
            def __init__(self, address: _Optional[_Union[UpdateCheckoutSessionRequest.CollectedInformation.ShippingDetails.Address, _Mapping]] = ..., name: _Optional[str] = ...) -> None: ...
        SHIPPING_DETAILS_FIELD_NUMBER: _ClassVar[int]
        shipping_details: UpdateCheckoutSessionRequest.CollectedInformation.ShippingDetails
        def __init__(self, shipping_details: _Optional[_Union[UpdateCheckoutSessionRequest.CollectedInformation.ShippingDetails, _Mapping]] = ...) -> None: ...
    class LineItem(_message.Message):
        __slots__ = ("adjustable_quantity", "id", "metadata", "clear_metadata", "price", "price_data", "quantity", "tax_rates")
        class AdjustableQuantity(_message.Message):
            __slots__ = ("enabled", "maximum", "minimum")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            maximum: int
            minimum: int
            def __init__(self, enabled: _Optional[bool] = ..., maximum: _Optional[int] = ..., minimum: _Optional[int] = ...) -> None: ...
        class PriceData(_message.Message):
            __slots__ = ("currency", "product", "product_data", "recurring", "tax_behavior", "unit_amount", "unit_amount_decimal")
            class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
                TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
                TAX_BEHAVIOR_INCLUSIVE: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
                TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior]
            TAX_BEHAVIOR_UNSPECIFIED: UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            TAX_BEHAVIOR_EXCLUSIVE: UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            TAX_BEHAVIOR_INCLUSIVE: UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            TAX_BEHAVIOR_UNSPECIFIED_VALUE: UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            class ProductData(_message.Message):
                __slots__ = ("description", "images", "metadata", "name", "tax_code", "tax_details", "unit_label")
                class TaxDetails(_message.Message):
                    __slots__ = ("performance_location", "tax_code")
                    PERFORMANCE_LOCATION_FIELD_NUMBER: _ClassVar[int]
                    TAX_CODE_FIELD_NUMBER: _ClassVar[int]
                    performance_location: str
                    tax_code: str
                    def __init__(self, performance_location: _Optional[str] = ..., tax_code: _Optional[str] = ...) -> None: ...
                class MetadataEntry(_message.Message):
                    __slots__ = ("key", "value")
                    KEY_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    key: str
                    value: str
                    def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
                DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
                IMAGES_FIELD_NUMBER: _ClassVar[int]
                METADATA_FIELD_NUMBER: _ClassVar[int]
                NAME_FIELD_NUMBER: _ClassVar[int]
                TAX_CODE_FIELD_NUMBER: _ClassVar[int]
                TAX_DETAILS_FIELD_NUMBER: _ClassVar[int]
                UNIT_LABEL_FIELD_NUMBER: _ClassVar[int]
                description: str
                images: _containers.RepeatedScalarFieldContainer[str]
                metadata: _containers.ScalarMap[str, str]
                name: str
                tax_code: str
                tax_details: UpdateCheckoutSessionRequest.LineItem.PriceData.ProductData.TaxDetails
                unit_label: str
                def __init__(self, description: _Optional[str] = ..., images: _Optional[_Iterable[str]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., name: _Optional[str] = ..., tax_code: _Optional[str] = ..., tax_details: _Optional[_Union[UpdateCheckoutSessionRequest.LineItem.PriceData.ProductData.TaxDetails, _Mapping]] = ..., unit_label: _Optional[str] = ...) -> None: ...
            class Recurring(_message.Message):
                __slots__ = ("interval", "interval_count")
                class Interval(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    INTERVAL_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_DAY: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_MONTH: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_WEEK: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                    INTERVAL_YEAR: _ClassVar[UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval]
                INTERVAL_UNSPECIFIED: UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_DAY: UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_MONTH: UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_WEEK: UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_YEAR: UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                INTERVAL_FIELD_NUMBER: _ClassVar[int]
                INTERVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
                interval: UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval
                interval_count: int
                def __init__(self, interval: _Optional[_Union[UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring.Interval, str]] = ..., interval_count: _Optional[int] = ...) -> None: ...
            CURRENCY_FIELD_NUMBER: _ClassVar[int]
            PRODUCT_FIELD_NUMBER: _ClassVar[int]
            PRODUCT_DATA_FIELD_NUMBER: _ClassVar[int]
            RECURRING_FIELD_NUMBER: _ClassVar[int]
            TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
            UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
            UNIT_AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
            currency: str
            product: str
            product_data: UpdateCheckoutSessionRequest.LineItem.PriceData.ProductData
            recurring: UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring
            tax_behavior: UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior
            unit_amount: int
            unit_amount_decimal: str
            def __init__(self, currency: _Optional[str] = ..., product: _Optional[str] = ..., product_data: _Optional[_Union[UpdateCheckoutSessionRequest.LineItem.PriceData.ProductData, _Mapping]] = ..., recurring: _Optional[_Union[UpdateCheckoutSessionRequest.LineItem.PriceData.Recurring, _Mapping]] = ..., tax_behavior: _Optional[_Union[UpdateCheckoutSessionRequest.LineItem.PriceData.TaxBehavior, str]] = ..., unit_amount: _Optional[int] = ..., unit_amount_decimal: _Optional[str] = ...) -> None: ...
        class MetadataEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        ADJUSTABLE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
        ID_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        CLEAR_METADATA_FIELD_NUMBER: _ClassVar[int]
        PRICE_FIELD_NUMBER: _ClassVar[int]
        PRICE_DATA_FIELD_NUMBER: _ClassVar[int]
        QUANTITY_FIELD_NUMBER: _ClassVar[int]
        TAX_RATES_FIELD_NUMBER: _ClassVar[int]
        adjustable_quantity: UpdateCheckoutSessionRequest.LineItem.AdjustableQuantity
        id: str
        metadata: _containers.ScalarMap[str, str]
        clear_metadata: bool
        price: str
        price_data: UpdateCheckoutSessionRequest.LineItem.PriceData
        quantity: int
        tax_rates: _containers.RepeatedScalarFieldContainer[str]
        def __init__(self, adjustable_quantity: _Optional[_Union[UpdateCheckoutSessionRequest.LineItem.AdjustableQuantity, _Mapping]] = ..., id: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., clear_metadata: _Optional[bool] = ..., price: _Optional[str] = ..., price_data: _Optional[_Union[UpdateCheckoutSessionRequest.LineItem.PriceData, _Mapping]] = ..., quantity: _Optional[int] = ..., tax_rates: _Optional[_Iterable[str]] = ...) -> None: ...
    class PaymentIntentData(_message.Message):
        __slots__ = ("description", "metadata", "clear_metadata", "setup_future_usage", "clear_setup_future_usage", "statement_descriptor", "statement_descriptor_suffix")
        class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage]
            SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage]
            SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage]
        SETUP_FUTURE_USAGE_UNSPECIFIED: UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        SETUP_FUTURE_USAGE_OFF_SESSION: UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        SETUP_FUTURE_USAGE_ON_SESSION: UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        class MetadataEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        CLEAR_METADATA_FIELD_NUMBER: _ClassVar[int]
        SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
        CLEAR_SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
        STATEMENT_DESCRIPTOR_FIELD_NUMBER: _ClassVar[int]
        STATEMENT_DESCRIPTOR_SUFFIX_FIELD_NUMBER: _ClassVar[int]
        description: str
        metadata: _containers.ScalarMap[str, str]
        clear_metadata: bool
        setup_future_usage: UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage
        clear_setup_future_usage: bool
        statement_descriptor: str
        statement_descriptor_suffix: str
        def __init__(self, description: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., clear_metadata: _Optional[bool] = ..., setup_future_usage: _Optional[_Union[UpdateCheckoutSessionRequest.PaymentIntentData.SetupFutureUsage, str]] = ..., clear_setup_future_usage: _Optional[bool] = ..., statement_descriptor: _Optional[str] = ..., statement_descriptor_suffix: _Optional[str] = ...) -> None: ...
    class ShippingOption(_message.Message):
        __slots__ = ("shipping_rate", "shipping_rate_data")
        class ShippingRateData(_message.Message):
            __slots__ = ("delivery_estimate", "display_name", "fixed_amount", "metadata", "tax_behavior", "tax_code", "type")
            class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
                TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
                TAX_BEHAVIOR_INCLUSIVE: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
                TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior]
            TAX_BEHAVIOR_UNSPECIFIED: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            TAX_BEHAVIOR_EXCLUSIVE: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            TAX_BEHAVIOR_INCLUSIVE: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            TAX_BEHAVIOR_UNSPECIFIED_VALUE: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type]
                TYPE_FIXED_AMOUNT: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type]
            TYPE_UNSPECIFIED: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type
            TYPE_FIXED_AMOUNT: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type
            class DeliveryEstimate(_message.Message):
                __slots__ = ("maximum", "minimum")
                class Maximum(_message.Message):
                    __slots__ = ("unit", "value")
                    class Unit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        UNIT_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_BUSINESS_DAY: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_DAY: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_HOUR: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_MONTH: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                        UNIT_WEEK: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit]
                    UNIT_UNSPECIFIED: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_BUSINESS_DAY: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_DAY: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_HOUR: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_MONTH: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_WEEK: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    UNIT_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    unit: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit
                    value: int
                    def __init__(self, unit: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum.Unit, str]] = ..., value: _Optional[int] = ...) -> None: ...
                class Minimum(_message.Message):
                    __slots__ = ("unit", "value")
                    class Unit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        UNIT_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_BUSINESS_DAY: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_DAY: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_HOUR: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_MONTH: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                        UNIT_WEEK: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit]
                    UNIT_UNSPECIFIED: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_BUSINESS_DAY: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_DAY: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_HOUR: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_MONTH: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_WEEK: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    UNIT_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    unit: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit
                    value: int
                    def __init__(self, unit: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum.Unit, str]] = ..., value: _Optional[int] = ...) -> None: ...
                MAXIMUM_FIELD_NUMBER: _ClassVar[int]
                MINIMUM_FIELD_NUMBER: _ClassVar[int]
                maximum: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum
                minimum: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum
                def __init__(self, maximum: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Maximum, _Mapping]] = ..., minimum: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate.Minimum, _Mapping]] = ...) -> None: ...
            class FixedAmount(_message.Message):
                __slots__ = ("amount", "currency", "currency_options")
                class CurrencyOptions(_message.Message):
                    __slots__ = ("amount", "tax_behavior")
                    class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                        TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                        TAX_BEHAVIOR_INCLUSIVE: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                        TAX_BEHAVIOR_UNSPECIFIED_VALUE: _ClassVar[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior]
                    TAX_BEHAVIOR_UNSPECIFIED: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    TAX_BEHAVIOR_EXCLUSIVE: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    TAX_BEHAVIOR_INCLUSIVE: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    TAX_BEHAVIOR_UNSPECIFIED_VALUE: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    AMOUNT_FIELD_NUMBER: _ClassVar[int]
                    TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
                    amount: int
                    tax_behavior: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior
                    def __init__(self, amount: _Optional[int] = ..., tax_behavior: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions.TaxBehavior, str]] = ...) -> None: ...
                class CurrencyOptionsEntry(_message.Message):
                    __slots__ = ("key", "value")
                    KEY_FIELD_NUMBER: _ClassVar[int]
                    VALUE_FIELD_NUMBER: _ClassVar[int]
                    key: str
                    value: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions
                    def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions, _Mapping]] = ...) -> None: ...
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                CURRENCY_FIELD_NUMBER: _ClassVar[int]
                CURRENCY_OPTIONS_FIELD_NUMBER: _ClassVar[int]
                amount: int
                currency: str
                currency_options: _containers.MessageMap[str, UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions]
                def __init__(self, amount: _Optional[int] = ..., currency: _Optional[str] = ..., currency_options: _Optional[_Mapping[str, UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount.CurrencyOptions]] = ...) -> None: ...
            class MetadataEntry(_message.Message):
                __slots__ = ("key", "value")
                KEY_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                key: str
                value: str
                def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
            DELIVERY_ESTIMATE_FIELD_NUMBER: _ClassVar[int]
            DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
            FIXED_AMOUNT_FIELD_NUMBER: _ClassVar[int]
            METADATA_FIELD_NUMBER: _ClassVar[int]
            TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
            TAX_CODE_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            delivery_estimate: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate
            display_name: str
            fixed_amount: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount
            metadata: _containers.ScalarMap[str, str]
            tax_behavior: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior
            tax_code: str
            type: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type
            def __init__(self, delivery_estimate: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.DeliveryEstimate, _Mapping]] = ..., display_name: _Optional[str] = ..., fixed_amount: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.FixedAmount, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., tax_behavior: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.TaxBehavior, str]] = ..., tax_code: _Optional[str] = ..., type: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData.Type, str]] = ...) -> None: ...
        SHIPPING_RATE_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_RATE_DATA_FIELD_NUMBER: _ClassVar[int]
        shipping_rate: str
        shipping_rate_data: UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData
        def __init__(self, shipping_rate: _Optional[str] = ..., shipping_rate_data: _Optional[_Union[UpdateCheckoutSessionRequest.ShippingOption.ShippingRateData, _Mapping]] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    COLLECTED_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    LINE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CLEAR_METADATA_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_INTENT_DATA_FIELD_NUMBER: _ClassVar[int]
    SHIPPING_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    CLEAR_SHIPPING_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    collected_information: UpdateCheckoutSessionRequest.CollectedInformation
    expand: _containers.RepeatedScalarFieldContainer[str]
    line_items: _containers.RepeatedCompositeFieldContainer[UpdateCheckoutSessionRequest.LineItem]
    metadata: _containers.ScalarMap[str, str]
    clear_metadata: bool
    payment_intent_data: UpdateCheckoutSessionRequest.PaymentIntentData
    shipping_options: _containers.RepeatedCompositeFieldContainer[UpdateCheckoutSessionRequest.ShippingOption]
    clear_shipping_options: bool
    def __init__(self, id: _Optional[str] = ..., collected_information: _Optional[_Union[UpdateCheckoutSessionRequest.CollectedInformation, _Mapping]] = ..., expand: _Optional[_Iterable[str]] = ..., line_items: _Optional[_Iterable[_Union[UpdateCheckoutSessionRequest.LineItem, _Mapping]]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., clear_metadata: _Optional[bool] = ..., payment_intent_data: _Optional[_Union[UpdateCheckoutSessionRequest.PaymentIntentData, _Mapping]] = ..., shipping_options: _Optional[_Iterable[_Union[UpdateCheckoutSessionRequest.ShippingOption, _Mapping]]] = ..., clear_shipping_options: _Optional[bool] = ...) -> None: ...

class ExpireCheckoutSessionRequest(_message.Message):
    __slots__ = ("id", "expand")
    ID_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    id: str
    expand: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., expand: _Optional[_Iterable[str]] = ...) -> None: ...

class ListCheckoutSessionsRequest(_message.Message):
    __slots__ = ("created", "customer", "customer_account", "customer_details", "ending_before", "expand", "limit", "payment_intent", "payment_link", "starting_after", "status", "subscription")
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATUS_UNSPECIFIED: _ClassVar[ListCheckoutSessionsRequest.Status]
        STATUS_COMPLETE: _ClassVar[ListCheckoutSessionsRequest.Status]
        STATUS_EXPIRED: _ClassVar[ListCheckoutSessionsRequest.Status]
        STATUS_OPEN: _ClassVar[ListCheckoutSessionsRequest.Status]
    STATUS_UNSPECIFIED: ListCheckoutSessionsRequest.Status
    STATUS_COMPLETE: ListCheckoutSessionsRequest.Status
    STATUS_EXPIRED: ListCheckoutSessionsRequest.Status
    STATUS_OPEN: ListCheckoutSessionsRequest.Status
    class Created(_message.Message):
        __slots__ = ("gt", "gte", "lt", "lte")
        GT_FIELD_NUMBER: _ClassVar[int]
        GTE_FIELD_NUMBER: _ClassVar[int]
        LT_FIELD_NUMBER: _ClassVar[int]
        LTE_FIELD_NUMBER: _ClassVar[int]
        gt: int
        gte: int
        lt: int
        lte: int
        def __init__(self, gt: _Optional[int] = ..., gte: _Optional[int] = ..., lt: _Optional[int] = ..., lte: _Optional[int] = ...) -> None: ...
    class CustomerDetails(_message.Message):
        __slots__ = ("email",)
        EMAIL_FIELD_NUMBER: _ClassVar[int]
        email: str
        def __init__(self, email: _Optional[str] = ...) -> None: ...
    CREATED_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_DETAILS_FIELD_NUMBER: _ClassVar[int]
    ENDING_BEFORE_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_INTENT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_LINK_FIELD_NUMBER: _ClassVar[int]
    STARTING_AFTER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    created: ListCheckoutSessionsRequest.Created
    customer: str
    customer_account: str
    customer_details: ListCheckoutSessionsRequest.CustomerDetails
    ending_before: str
    expand: _containers.RepeatedScalarFieldContainer[str]
    limit: int
    payment_intent: str
    payment_link: str
    starting_after: str
    status: ListCheckoutSessionsRequest.Status
    subscription: str
    def __init__(self, created: _Optional[_Union[ListCheckoutSessionsRequest.Created, _Mapping]] = ..., customer: _Optional[str] = ..., customer_account: _Optional[str] = ..., customer_details: _Optional[_Union[ListCheckoutSessionsRequest.CustomerDetails, _Mapping]] = ..., ending_before: _Optional[str] = ..., expand: _Optional[_Iterable[str]] = ..., limit: _Optional[int] = ..., payment_intent: _Optional[str] = ..., payment_link: _Optional[str] = ..., starting_after: _Optional[str] = ..., status: _Optional[_Union[ListCheckoutSessionsRequest.Status, str]] = ..., subscription: _Optional[str] = ...) -> None: ...

class StreamCheckoutSessionsRequest(_message.Message):
    __slots__ = ("created", "customer", "customer_account", "customer_details", "ending_before", "expand", "payment_intent", "payment_link", "starting_after", "status", "subscription", "max_items", "parallelism")
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATUS_UNSPECIFIED: _ClassVar[StreamCheckoutSessionsRequest.Status]
        STATUS_COMPLETE: _ClassVar[StreamCheckoutSessionsRequest.Status]
        STATUS_EXPIRED: _ClassVar[StreamCheckoutSessionsRequest.Status]
        STATUS_OPEN: _ClassVar[StreamCheckoutSessionsRequest.Status]
    STATUS_UNSPECIFIED: StreamCheckoutSessionsRequest.Status
    STATUS_COMPLETE: StreamCheckoutSessionsRequest.Status
    STATUS_EXPIRED: StreamCheckoutSessionsRequest.Status
    STATUS_OPEN: StreamCheckoutSessionsRequest.Status
    CREATED_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_DETAILS_FIELD_NUMBER: _ClassVar[int]
    ENDING_BEFORE_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_INTENT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_LINK_FIELD_NUMBER: _ClassVar[int]
    STARTING_AFTER_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    MAX_ITEMS_FIELD_NUMBER: _ClassVar[int]
    PARALLELISM_FIELD_NUMBER: _ClassVar[int]
    created: ListCheckoutSessionsRequest.Created
    customer: str
    customer_account: str
    customer_details: ListCheckoutSessionsRequest.CustomerDetails
    ending_before: str
    expand: _containers.RepeatedScalarFieldContainer[str]
    payment_intent: str
    payment_link: str
    starting_after: str
    status: StreamCheckoutSessionsRequest.Status
    subscription: str
    max_items: int
    parallelism: int
    def __init__(self, created: _Optional[_Union[ListCheckoutSessionsRequest.Created, _Mapping]] = ..., customer: _Optional[str] = ..., customer_account: _Optional[str] = ..., customer_details: _Optional[_Union[ListCheckoutSessionsRequest.CustomerDetails, _Mapping]] = ..., ending_before: _Optional[str] = ..., expand: _Optional[_Iterable[str]] = ..., payment_intent: _Optional[str] = ..., payment_link: _Optional[str] = ..., starting_after: _Optional[str] = ..., status: _Optional[_Union[StreamCheckoutSessionsRequest.Status, str]] = ..., subscription: _Optional[str] = ..., max_items: _Optional[int] = ..., parallelism: _Optional[int] = ...) -> None: ...

class ListCheckoutSessionsResponse(_message.Message):
    __slots__ = ("object", "data", "has_more", "url", "unmodeled_fields")
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    HAS_MORE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    object: str
    data: _containers.RepeatedCompositeFieldContainer[_checkout_session_pb2.CheckoutSession]
    has_more: bool
    url: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, object: _Optional[str] = ..., data: _Optional[_Iterable[_Union[_checkout_session_pb2.CheckoutSession, _Mapping]]] = ..., has_more: _Optional[bool] = ..., url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class ListCheckoutSessionLineItemsRequest(_message.Message):
    __slots__ = ("id", "ending_before", "expand", "limit", "starting_after")
    ID_FIELD_NUMBER: _ClassVar[int]
    ENDING_BEFORE_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    STARTING_AFTER_FIELD_NUMBER: _ClassVar[int]
    id: str
    ending_before: str
    expand: _containers.RepeatedScalarFieldContainer[str]
    limit: int
    starting_after: str
    def __init__(self, id: _Optional[str] = ..., ending_before: _Optional[str] = ..., expand: _Optional[_Iterable[str]] = ..., limit: _Optional[int] = ..., starting_after: _Optional[str] = ...) -> None: ...

class StreamCheckoutSessionLineItemsRequest(_message.Message):
    __slots__ = ("id", "ending_before", "expand", "starting_after", "max_items")
    ID_FIELD_NUMBER: _ClassVar[int]
    ENDING_BEFORE_FIELD_NUMBER: _ClassVar[int]
    EXPAND_FIELD_NUMBER: _ClassVar[int]
    STARTING_AFTER_FIELD_NUMBER: _ClassVar[int]
    MAX_ITEMS_FIELD_NUMBER: _ClassVar[int]
    id: str
    ending_before: str
    expand: _containers.RepeatedScalarFieldContainer[str]
    starting_after: str
    max_items: int
    def __init__(self, id: _Optional[str] = ..., ending_before: _Optional[str] = ..., expand: _Optional[_Iterable[str]] = ..., starting_after: _Optional[str] = ..., max_items: _Optional[int] = ...) -> None: ...

class ListCheckoutSessionLineItemsResponse(_message.Message):
    __slots__ = ("object", "data", "has_more", "url", "unmodeled_fields")
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    HAS_MORE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    object: str
    data: _containers.RepeatedCompositeFieldContainer[_line_item_pb2.LineItem]
    has_more: bool
    url: str
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, object: _Optional[str] = ..., data: _Optional[_Iterable[_Union[_line_item_pb2.LineItem, _Mapping]]] = ..., has_more: _Optional[bool] = ..., url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
