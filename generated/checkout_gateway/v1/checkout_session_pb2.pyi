from checkout_gateway.v1 import discount_pb2 as _discount_pb2
from checkout_gateway.v1 import line_item_pb2 as _line_item_pb2
from checkout_gateway.v1 import options_pb2 as _options_pb2
from checkout_gateway.v1 import references_pb2 as _references_pb2
from checkout_gateway.v1 import tax_rate_pb2 as _tax_rate_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CheckoutSession(_message.Message):
    __slots__ = ("adaptive_pricing", "after_expiration", "allow_promotion_codes", "allowed_payment_method_types", "amount_subtotal", "amount_total", "automatic_tax", "billing_address_collection", "branding_settings", "cancel_url", "client_reference_id", "client_secret", "collected_information", "consent", "consent_collection", "created", "currency", "currency_conversion", "custom_fields", "custom_text", "customer", "customer_account", "customer_creation", "customer_details", "customer_email", "discounts", "excluded_payment_method_types", "expires_at", "id", "integration_identifier", "invoice", "invoice_creation", "line_items", "livemode", "locale", "managed_payments", "metadata", "mode", "name_collection", "object", "optional_items", "origin_context", "payment_intent", "payment_link", "payment_method_collection", "payment_method_configuration_details", "payment_method_options", "payment_method_types", "payment_status", "permissions", "phone_number_collection", "presentment_details", "recovered_from", "redirect_on_completion", "return_url", "saved_payment_method_options", "setup_intent", "shipping_address_collection", "shipping_cost", "shipping_options", "status", "submit_type", "subscription", "success_url", "tax_id_collection", "total_details", "ui_mode", "url", "wallet_options", "unmodeled_fields")
    class BillingAddressCollection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BILLING_ADDRESS_COLLECTION_UNSPECIFIED: _ClassVar[CheckoutSession.BillingAddressCollection]
        BILLING_ADDRESS_COLLECTION_AUTO: _ClassVar[CheckoutSession.BillingAddressCollection]
        BILLING_ADDRESS_COLLECTION_REQUIRED: _ClassVar[CheckoutSession.BillingAddressCollection]
    BILLING_ADDRESS_COLLECTION_UNSPECIFIED: CheckoutSession.BillingAddressCollection
    BILLING_ADDRESS_COLLECTION_AUTO: CheckoutSession.BillingAddressCollection
    BILLING_ADDRESS_COLLECTION_REQUIRED: CheckoutSession.BillingAddressCollection
    class CustomerCreation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CUSTOMER_CREATION_UNSPECIFIED: _ClassVar[CheckoutSession.CustomerCreation]
        CUSTOMER_CREATION_ALWAYS: _ClassVar[CheckoutSession.CustomerCreation]
        CUSTOMER_CREATION_IF_REQUIRED: _ClassVar[CheckoutSession.CustomerCreation]
    CUSTOMER_CREATION_UNSPECIFIED: CheckoutSession.CustomerCreation
    CUSTOMER_CREATION_ALWAYS: CheckoutSession.CustomerCreation
    CUSTOMER_CREATION_IF_REQUIRED: CheckoutSession.CustomerCreation
    class Locale(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        LOCALE_UNSPECIFIED: _ClassVar[CheckoutSession.Locale]
        LOCALE_AUTO: _ClassVar[CheckoutSession.Locale]
        LOCALE_BG: _ClassVar[CheckoutSession.Locale]
        LOCALE_CS: _ClassVar[CheckoutSession.Locale]
        LOCALE_DA: _ClassVar[CheckoutSession.Locale]
        LOCALE_DE: _ClassVar[CheckoutSession.Locale]
        LOCALE_EL: _ClassVar[CheckoutSession.Locale]
        LOCALE_EN: _ClassVar[CheckoutSession.Locale]
        LOCALE_EN_GB: _ClassVar[CheckoutSession.Locale]
        LOCALE_ES: _ClassVar[CheckoutSession.Locale]
        LOCALE_ES_419: _ClassVar[CheckoutSession.Locale]
        LOCALE_ET: _ClassVar[CheckoutSession.Locale]
        LOCALE_FI: _ClassVar[CheckoutSession.Locale]
        LOCALE_FIL: _ClassVar[CheckoutSession.Locale]
        LOCALE_FR: _ClassVar[CheckoutSession.Locale]
        LOCALE_FR_CA: _ClassVar[CheckoutSession.Locale]
        LOCALE_HI_IN: _ClassVar[CheckoutSession.Locale]
        LOCALE_HR: _ClassVar[CheckoutSession.Locale]
        LOCALE_HU: _ClassVar[CheckoutSession.Locale]
        LOCALE_ID: _ClassVar[CheckoutSession.Locale]
        LOCALE_IT: _ClassVar[CheckoutSession.Locale]
        LOCALE_JA: _ClassVar[CheckoutSession.Locale]
        LOCALE_KO: _ClassVar[CheckoutSession.Locale]
        LOCALE_LT: _ClassVar[CheckoutSession.Locale]
        LOCALE_LV: _ClassVar[CheckoutSession.Locale]
        LOCALE_MS: _ClassVar[CheckoutSession.Locale]
        LOCALE_MT: _ClassVar[CheckoutSession.Locale]
        LOCALE_NB: _ClassVar[CheckoutSession.Locale]
        LOCALE_NL: _ClassVar[CheckoutSession.Locale]
        LOCALE_PL: _ClassVar[CheckoutSession.Locale]
        LOCALE_PT: _ClassVar[CheckoutSession.Locale]
        LOCALE_PT_BR: _ClassVar[CheckoutSession.Locale]
        LOCALE_RO: _ClassVar[CheckoutSession.Locale]
        LOCALE_RU: _ClassVar[CheckoutSession.Locale]
        LOCALE_SK: _ClassVar[CheckoutSession.Locale]
        LOCALE_SL: _ClassVar[CheckoutSession.Locale]
        LOCALE_SV: _ClassVar[CheckoutSession.Locale]
        LOCALE_TH: _ClassVar[CheckoutSession.Locale]
        LOCALE_TR: _ClassVar[CheckoutSession.Locale]
        LOCALE_VI: _ClassVar[CheckoutSession.Locale]
        LOCALE_ZH: _ClassVar[CheckoutSession.Locale]
        LOCALE_ZH_HK: _ClassVar[CheckoutSession.Locale]
        LOCALE_ZH_TW: _ClassVar[CheckoutSession.Locale]
    LOCALE_UNSPECIFIED: CheckoutSession.Locale
    LOCALE_AUTO: CheckoutSession.Locale
    LOCALE_BG: CheckoutSession.Locale
    LOCALE_CS: CheckoutSession.Locale
    LOCALE_DA: CheckoutSession.Locale
    LOCALE_DE: CheckoutSession.Locale
    LOCALE_EL: CheckoutSession.Locale
    LOCALE_EN: CheckoutSession.Locale
    LOCALE_EN_GB: CheckoutSession.Locale
    LOCALE_ES: CheckoutSession.Locale
    LOCALE_ES_419: CheckoutSession.Locale
    LOCALE_ET: CheckoutSession.Locale
    LOCALE_FI: CheckoutSession.Locale
    LOCALE_FIL: CheckoutSession.Locale
    LOCALE_FR: CheckoutSession.Locale
    LOCALE_FR_CA: CheckoutSession.Locale
    LOCALE_HI_IN: CheckoutSession.Locale
    LOCALE_HR: CheckoutSession.Locale
    LOCALE_HU: CheckoutSession.Locale
    LOCALE_ID: CheckoutSession.Locale
    LOCALE_IT: CheckoutSession.Locale
    LOCALE_JA: CheckoutSession.Locale
    LOCALE_KO: CheckoutSession.Locale
    LOCALE_LT: CheckoutSession.Locale
    LOCALE_LV: CheckoutSession.Locale
    LOCALE_MS: CheckoutSession.Locale
    LOCALE_MT: CheckoutSession.Locale
    LOCALE_NB: CheckoutSession.Locale
    LOCALE_NL: CheckoutSession.Locale
    LOCALE_PL: CheckoutSession.Locale
    LOCALE_PT: CheckoutSession.Locale
    LOCALE_PT_BR: CheckoutSession.Locale
    LOCALE_RO: CheckoutSession.Locale
    LOCALE_RU: CheckoutSession.Locale
    LOCALE_SK: CheckoutSession.Locale
    LOCALE_SL: CheckoutSession.Locale
    LOCALE_SV: CheckoutSession.Locale
    LOCALE_TH: CheckoutSession.Locale
    LOCALE_TR: CheckoutSession.Locale
    LOCALE_VI: CheckoutSession.Locale
    LOCALE_ZH: CheckoutSession.Locale
    LOCALE_ZH_HK: CheckoutSession.Locale
    LOCALE_ZH_TW: CheckoutSession.Locale
    class Mode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        MODE_UNSPECIFIED: _ClassVar[CheckoutSession.Mode]
        MODE_PAYMENT: _ClassVar[CheckoutSession.Mode]
        MODE_SETUP: _ClassVar[CheckoutSession.Mode]
        MODE_SUBSCRIPTION: _ClassVar[CheckoutSession.Mode]
    MODE_UNSPECIFIED: CheckoutSession.Mode
    MODE_PAYMENT: CheckoutSession.Mode
    MODE_SETUP: CheckoutSession.Mode
    MODE_SUBSCRIPTION: CheckoutSession.Mode
    class OriginContext(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ORIGIN_CONTEXT_UNSPECIFIED: _ClassVar[CheckoutSession.OriginContext]
        ORIGIN_CONTEXT_MOBILE_APP: _ClassVar[CheckoutSession.OriginContext]
        ORIGIN_CONTEXT_WEB: _ClassVar[CheckoutSession.OriginContext]
    ORIGIN_CONTEXT_UNSPECIFIED: CheckoutSession.OriginContext
    ORIGIN_CONTEXT_MOBILE_APP: CheckoutSession.OriginContext
    ORIGIN_CONTEXT_WEB: CheckoutSession.OriginContext
    class PaymentMethodCollection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PAYMENT_METHOD_COLLECTION_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodCollection]
        PAYMENT_METHOD_COLLECTION_ALWAYS: _ClassVar[CheckoutSession.PaymentMethodCollection]
        PAYMENT_METHOD_COLLECTION_IF_REQUIRED: _ClassVar[CheckoutSession.PaymentMethodCollection]
    PAYMENT_METHOD_COLLECTION_UNSPECIFIED: CheckoutSession.PaymentMethodCollection
    PAYMENT_METHOD_COLLECTION_ALWAYS: CheckoutSession.PaymentMethodCollection
    PAYMENT_METHOD_COLLECTION_IF_REQUIRED: CheckoutSession.PaymentMethodCollection
    class PaymentStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PAYMENT_STATUS_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentStatus]
        PAYMENT_STATUS_NO_PAYMENT_REQUIRED: _ClassVar[CheckoutSession.PaymentStatus]
        PAYMENT_STATUS_PAID: _ClassVar[CheckoutSession.PaymentStatus]
        PAYMENT_STATUS_UNPAID: _ClassVar[CheckoutSession.PaymentStatus]
    PAYMENT_STATUS_UNSPECIFIED: CheckoutSession.PaymentStatus
    PAYMENT_STATUS_NO_PAYMENT_REQUIRED: CheckoutSession.PaymentStatus
    PAYMENT_STATUS_PAID: CheckoutSession.PaymentStatus
    PAYMENT_STATUS_UNPAID: CheckoutSession.PaymentStatus
    class RedirectOnCompletion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REDIRECT_ON_COMPLETION_UNSPECIFIED: _ClassVar[CheckoutSession.RedirectOnCompletion]
        REDIRECT_ON_COMPLETION_ALWAYS: _ClassVar[CheckoutSession.RedirectOnCompletion]
        REDIRECT_ON_COMPLETION_IF_REQUIRED: _ClassVar[CheckoutSession.RedirectOnCompletion]
        REDIRECT_ON_COMPLETION_NEVER: _ClassVar[CheckoutSession.RedirectOnCompletion]
    REDIRECT_ON_COMPLETION_UNSPECIFIED: CheckoutSession.RedirectOnCompletion
    REDIRECT_ON_COMPLETION_ALWAYS: CheckoutSession.RedirectOnCompletion
    REDIRECT_ON_COMPLETION_IF_REQUIRED: CheckoutSession.RedirectOnCompletion
    REDIRECT_ON_COMPLETION_NEVER: CheckoutSession.RedirectOnCompletion
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATUS_UNSPECIFIED: _ClassVar[CheckoutSession.Status]
        STATUS_COMPLETE: _ClassVar[CheckoutSession.Status]
        STATUS_EXPIRED: _ClassVar[CheckoutSession.Status]
        STATUS_OPEN: _ClassVar[CheckoutSession.Status]
    STATUS_UNSPECIFIED: CheckoutSession.Status
    STATUS_COMPLETE: CheckoutSession.Status
    STATUS_EXPIRED: CheckoutSession.Status
    STATUS_OPEN: CheckoutSession.Status
    class SubmitType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SUBMIT_TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.SubmitType]
        SUBMIT_TYPE_AUTO: _ClassVar[CheckoutSession.SubmitType]
        SUBMIT_TYPE_BOOK: _ClassVar[CheckoutSession.SubmitType]
        SUBMIT_TYPE_DONATE: _ClassVar[CheckoutSession.SubmitType]
        SUBMIT_TYPE_PAY: _ClassVar[CheckoutSession.SubmitType]
        SUBMIT_TYPE_SUBSCRIBE: _ClassVar[CheckoutSession.SubmitType]
    SUBMIT_TYPE_UNSPECIFIED: CheckoutSession.SubmitType
    SUBMIT_TYPE_AUTO: CheckoutSession.SubmitType
    SUBMIT_TYPE_BOOK: CheckoutSession.SubmitType
    SUBMIT_TYPE_DONATE: CheckoutSession.SubmitType
    SUBMIT_TYPE_PAY: CheckoutSession.SubmitType
    SUBMIT_TYPE_SUBSCRIBE: CheckoutSession.SubmitType
    class UiMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UI_MODE_UNSPECIFIED: _ClassVar[CheckoutSession.UiMode]
        UI_MODE_ELEMENTS: _ClassVar[CheckoutSession.UiMode]
        UI_MODE_EMBEDDED_PAGE: _ClassVar[CheckoutSession.UiMode]
        UI_MODE_FORM: _ClassVar[CheckoutSession.UiMode]
        UI_MODE_HOSTED_PAGE: _ClassVar[CheckoutSession.UiMode]
    UI_MODE_UNSPECIFIED: CheckoutSession.UiMode
    UI_MODE_ELEMENTS: CheckoutSession.UiMode
    UI_MODE_EMBEDDED_PAGE: CheckoutSession.UiMode
    UI_MODE_FORM: CheckoutSession.UiMode
    UI_MODE_HOSTED_PAGE: CheckoutSession.UiMode
    class AdaptivePricing(_message.Message):
        __slots__ = ("enabled", "unmodeled_fields")
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, enabled: _Optional[bool] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class AfterExpiration(_message.Message):
        __slots__ = ("recovery", "unmodeled_fields")
        class Recovery(_message.Message):
            __slots__ = ("allow_promotion_codes", "enabled", "expires_at", "url", "unmodeled_fields")
            ALLOW_PROMOTION_CODES_FIELD_NUMBER: _ClassVar[int]
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
            URL_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            allow_promotion_codes: bool
            enabled: bool
            expires_at: int
            url: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, allow_promotion_codes: _Optional[bool] = ..., enabled: _Optional[bool] = ..., expires_at: _Optional[int] = ..., url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        RECOVERY_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        recovery: CheckoutSession.AfterExpiration.Recovery
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, recovery: _Optional[_Union[CheckoutSession.AfterExpiration.Recovery, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class AutomaticTax(_message.Message):
        __slots__ = ("enabled", "liability", "provider", "status", "unmodeled_fields")
        class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            STATUS_UNSPECIFIED: _ClassVar[CheckoutSession.AutomaticTax.Status]
            STATUS_COMPLETE: _ClassVar[CheckoutSession.AutomaticTax.Status]
            STATUS_FAILED: _ClassVar[CheckoutSession.AutomaticTax.Status]
            STATUS_REQUIRES_LOCATION_INPUTS: _ClassVar[CheckoutSession.AutomaticTax.Status]
        STATUS_UNSPECIFIED: CheckoutSession.AutomaticTax.Status
        STATUS_COMPLETE: CheckoutSession.AutomaticTax.Status
        STATUS_FAILED: CheckoutSession.AutomaticTax.Status
        STATUS_REQUIRES_LOCATION_INPUTS: CheckoutSession.AutomaticTax.Status
        class Liability(_message.Message):
            __slots__ = ("account", "type", "unmodeled_fields")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.AutomaticTax.Liability.Type]
                TYPE_ACCOUNT: _ClassVar[CheckoutSession.AutomaticTax.Liability.Type]
                TYPE_SELF: _ClassVar[CheckoutSession.AutomaticTax.Liability.Type]
            TYPE_UNSPECIFIED: CheckoutSession.AutomaticTax.Liability.Type
            TYPE_ACCOUNT: CheckoutSession.AutomaticTax.Liability.Type
            TYPE_SELF: CheckoutSession.AutomaticTax.Liability.Type
            ACCOUNT_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            account: _references_pb2.Account
            type: CheckoutSession.AutomaticTax.Liability.Type
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, account: _Optional[_Union[_references_pb2.Account, _Mapping]] = ..., type: _Optional[_Union[CheckoutSession.AutomaticTax.Liability.Type, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        LIABILITY_FIELD_NUMBER: _ClassVar[int]
        PROVIDER_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        liability: CheckoutSession.AutomaticTax.Liability
        provider: str
        status: CheckoutSession.AutomaticTax.Status
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, enabled: _Optional[bool] = ..., liability: _Optional[_Union[CheckoutSession.AutomaticTax.Liability, _Mapping]] = ..., provider: _Optional[str] = ..., status: _Optional[_Union[CheckoutSession.AutomaticTax.Status, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class BrandingSettings(_message.Message):
        __slots__ = ("background_color", "border_style", "button_color", "display_name", "font_family", "icon", "logo", "unmodeled_fields")
        class BorderStyle(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            BORDER_STYLE_UNSPECIFIED: _ClassVar[CheckoutSession.BrandingSettings.BorderStyle]
            BORDER_STYLE_PILL: _ClassVar[CheckoutSession.BrandingSettings.BorderStyle]
            BORDER_STYLE_RECTANGULAR: _ClassVar[CheckoutSession.BrandingSettings.BorderStyle]
            BORDER_STYLE_ROUNDED: _ClassVar[CheckoutSession.BrandingSettings.BorderStyle]
        BORDER_STYLE_UNSPECIFIED: CheckoutSession.BrandingSettings.BorderStyle
        BORDER_STYLE_PILL: CheckoutSession.BrandingSettings.BorderStyle
        BORDER_STYLE_RECTANGULAR: CheckoutSession.BrandingSettings.BorderStyle
        BORDER_STYLE_ROUNDED: CheckoutSession.BrandingSettings.BorderStyle
        class Icon(_message.Message):
            __slots__ = ("file", "type", "url", "unmodeled_fields")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.BrandingSettings.Icon.Type]
                TYPE_FILE: _ClassVar[CheckoutSession.BrandingSettings.Icon.Type]
                TYPE_URL: _ClassVar[CheckoutSession.BrandingSettings.Icon.Type]
            TYPE_UNSPECIFIED: CheckoutSession.BrandingSettings.Icon.Type
            TYPE_FILE: CheckoutSession.BrandingSettings.Icon.Type
            TYPE_URL: CheckoutSession.BrandingSettings.Icon.Type
            FILE_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            URL_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            file: str
            type: CheckoutSession.BrandingSettings.Icon.Type
            url: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, file: _Optional[str] = ..., type: _Optional[_Union[CheckoutSession.BrandingSettings.Icon.Type, str]] = ..., url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Logo(_message.Message):
            __slots__ = ("file", "type", "url", "unmodeled_fields")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.BrandingSettings.Logo.Type]
                TYPE_FILE: _ClassVar[CheckoutSession.BrandingSettings.Logo.Type]
                TYPE_URL: _ClassVar[CheckoutSession.BrandingSettings.Logo.Type]
            TYPE_UNSPECIFIED: CheckoutSession.BrandingSettings.Logo.Type
            TYPE_FILE: CheckoutSession.BrandingSettings.Logo.Type
            TYPE_URL: CheckoutSession.BrandingSettings.Logo.Type
            FILE_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            URL_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            file: str
            type: CheckoutSession.BrandingSettings.Logo.Type
            url: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, file: _Optional[str] = ..., type: _Optional[_Union[CheckoutSession.BrandingSettings.Logo.Type, str]] = ..., url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        BACKGROUND_COLOR_FIELD_NUMBER: _ClassVar[int]
        BORDER_STYLE_FIELD_NUMBER: _ClassVar[int]
        BUTTON_COLOR_FIELD_NUMBER: _ClassVar[int]
        DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
        FONT_FAMILY_FIELD_NUMBER: _ClassVar[int]
        ICON_FIELD_NUMBER: _ClassVar[int]
        LOGO_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        background_color: str
        border_style: CheckoutSession.BrandingSettings.BorderStyle
        button_color: str
        display_name: str
        font_family: str
        icon: CheckoutSession.BrandingSettings.Icon
        logo: CheckoutSession.BrandingSettings.Logo
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, background_color: _Optional[str] = ..., border_style: _Optional[_Union[CheckoutSession.BrandingSettings.BorderStyle, str]] = ..., button_color: _Optional[str] = ..., display_name: _Optional[str] = ..., font_family: _Optional[str] = ..., icon: _Optional[_Union[CheckoutSession.BrandingSettings.Icon, _Mapping]] = ..., logo: _Optional[_Union[CheckoutSession.BrandingSettings.Logo, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class CollectedInformation(_message.Message):
        __slots__ = ("business_name", "individual_name", "shipping_details", "unmodeled_fields")
        class ShippingDetails(_message.Message):
            __slots__ = ("address", "name", "unmodeled_fields")
            class Address(_message.Message):
                __slots__ = ("city", "country", "line1", "line2", "postal_code", "state", "unmodeled_fields")
                CITY_FIELD_NUMBER: _ClassVar[int]
                COUNTRY_FIELD_NUMBER: _ClassVar[int]
                LINE1_FIELD_NUMBER: _ClassVar[int]
                LINE2_FIELD_NUMBER: _ClassVar[int]
                POSTAL_CODE_FIELD_NUMBER: _ClassVar[int]
                STATE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                city: str
                country: str
                line1: str
                line2: str
                postal_code: str
                state: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, city: _Optional[str] = ..., country: _Optional[str] = ..., line1: _Optional[str] = ..., line2: _Optional[str] = ..., postal_code: _Optional[str] = ..., state: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            ADDRESS_FIELD_NUMBER: _ClassVar[int]
            NAME_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            address: CheckoutSession.CollectedInformation.ShippingDetails.Address
            name: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, address: _Optional[_Union[CheckoutSession.CollectedInformation.ShippingDetails.Address, _Mapping]] = ..., name: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        BUSINESS_NAME_FIELD_NUMBER: _ClassVar[int]
        INDIVIDUAL_NAME_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_DETAILS_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        business_name: str
        individual_name: str
        shipping_details: CheckoutSession.CollectedInformation.ShippingDetails
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, business_name: _Optional[str] = ..., individual_name: _Optional[str] = ..., shipping_details: _Optional[_Union[CheckoutSession.CollectedInformation.ShippingDetails, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Consent(_message.Message):
        __slots__ = ("promotions", "terms_of_service", "unmodeled_fields")
        class Promotions(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PROMOTIONS_UNSPECIFIED: _ClassVar[CheckoutSession.Consent.Promotions]
            PROMOTIONS_OPT_IN: _ClassVar[CheckoutSession.Consent.Promotions]
            PROMOTIONS_OPT_OUT: _ClassVar[CheckoutSession.Consent.Promotions]
        PROMOTIONS_UNSPECIFIED: CheckoutSession.Consent.Promotions
        PROMOTIONS_OPT_IN: CheckoutSession.Consent.Promotions
        PROMOTIONS_OPT_OUT: CheckoutSession.Consent.Promotions
        class TermsOfService(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TERMS_OF_SERVICE_UNSPECIFIED: _ClassVar[CheckoutSession.Consent.TermsOfService]
            TERMS_OF_SERVICE_ACCEPTED: _ClassVar[CheckoutSession.Consent.TermsOfService]
        TERMS_OF_SERVICE_UNSPECIFIED: CheckoutSession.Consent.TermsOfService
        TERMS_OF_SERVICE_ACCEPTED: CheckoutSession.Consent.TermsOfService
        PROMOTIONS_FIELD_NUMBER: _ClassVar[int]
        TERMS_OF_SERVICE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        promotions: CheckoutSession.Consent.Promotions
        terms_of_service: CheckoutSession.Consent.TermsOfService
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, promotions: _Optional[_Union[CheckoutSession.Consent.Promotions, str]] = ..., terms_of_service: _Optional[_Union[CheckoutSession.Consent.TermsOfService, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class ConsentCollection(_message.Message):
        __slots__ = ("payment_method_reuse_agreement", "promotions", "terms_of_service", "unmodeled_fields")
        class Promotions(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PROMOTIONS_UNSPECIFIED: _ClassVar[CheckoutSession.ConsentCollection.Promotions]
            PROMOTIONS_AUTO: _ClassVar[CheckoutSession.ConsentCollection.Promotions]
            PROMOTIONS_NONE: _ClassVar[CheckoutSession.ConsentCollection.Promotions]
        PROMOTIONS_UNSPECIFIED: CheckoutSession.ConsentCollection.Promotions
        PROMOTIONS_AUTO: CheckoutSession.ConsentCollection.Promotions
        PROMOTIONS_NONE: CheckoutSession.ConsentCollection.Promotions
        class TermsOfService(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TERMS_OF_SERVICE_UNSPECIFIED: _ClassVar[CheckoutSession.ConsentCollection.TermsOfService]
            TERMS_OF_SERVICE_NONE: _ClassVar[CheckoutSession.ConsentCollection.TermsOfService]
            TERMS_OF_SERVICE_REQUIRED: _ClassVar[CheckoutSession.ConsentCollection.TermsOfService]
        TERMS_OF_SERVICE_UNSPECIFIED: CheckoutSession.ConsentCollection.TermsOfService
        TERMS_OF_SERVICE_NONE: CheckoutSession.ConsentCollection.TermsOfService
        TERMS_OF_SERVICE_REQUIRED: CheckoutSession.ConsentCollection.TermsOfService
        class PaymentMethodReuseAgreement(_message.Message):
            __slots__ = ("position", "unmodeled_fields")
            class Position(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                POSITION_UNSPECIFIED: _ClassVar[CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position]
                POSITION_AUTO: _ClassVar[CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position]
                POSITION_HIDDEN: _ClassVar[CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position]
            POSITION_UNSPECIFIED: CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position
            POSITION_AUTO: CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position
            POSITION_HIDDEN: CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position
            POSITION_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            position: CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, position: _Optional[_Union[CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement.Position, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        PAYMENT_METHOD_REUSE_AGREEMENT_FIELD_NUMBER: _ClassVar[int]
        PROMOTIONS_FIELD_NUMBER: _ClassVar[int]
        TERMS_OF_SERVICE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        payment_method_reuse_agreement: CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement
        promotions: CheckoutSession.ConsentCollection.Promotions
        terms_of_service: CheckoutSession.ConsentCollection.TermsOfService
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, payment_method_reuse_agreement: _Optional[_Union[CheckoutSession.ConsentCollection.PaymentMethodReuseAgreement, _Mapping]] = ..., promotions: _Optional[_Union[CheckoutSession.ConsentCollection.Promotions, str]] = ..., terms_of_service: _Optional[_Union[CheckoutSession.ConsentCollection.TermsOfService, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class CurrencyConversion(_message.Message):
        __slots__ = ("amount_subtotal", "amount_total", "fx_rate", "source_currency", "unmodeled_fields")
        AMOUNT_SUBTOTAL_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_TOTAL_FIELD_NUMBER: _ClassVar[int]
        FX_RATE_FIELD_NUMBER: _ClassVar[int]
        SOURCE_CURRENCY_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        amount_subtotal: int
        amount_total: int
        fx_rate: str
        source_currency: str
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, amount_subtotal: _Optional[int] = ..., amount_total: _Optional[int] = ..., fx_rate: _Optional[str] = ..., source_currency: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class CustomField(_message.Message):
        __slots__ = ("dropdown", "key", "label", "numeric", "optional", "text", "type", "unmodeled_fields")
        class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.CustomField.Type]
            TYPE_DROPDOWN: _ClassVar[CheckoutSession.CustomField.Type]
            TYPE_NUMERIC: _ClassVar[CheckoutSession.CustomField.Type]
            TYPE_TEXT: _ClassVar[CheckoutSession.CustomField.Type]
        TYPE_UNSPECIFIED: CheckoutSession.CustomField.Type
        TYPE_DROPDOWN: CheckoutSession.CustomField.Type
        TYPE_NUMERIC: CheckoutSession.CustomField.Type
        TYPE_TEXT: CheckoutSession.CustomField.Type
        class Dropdown(_message.Message):
            __slots__ = ("default_value", "options", "value", "unmodeled_fields")
            class Option(_message.Message):
                __slots__ = ("label", "value", "unmodeled_fields")
                LABEL_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                label: str
                value: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, label: _Optional[str] = ..., value: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
            OPTIONS_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            default_value: str
            options: _containers.RepeatedCompositeFieldContainer[CheckoutSession.CustomField.Dropdown.Option]
            value: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, default_value: _Optional[str] = ..., options: _Optional[_Iterable[_Union[CheckoutSession.CustomField.Dropdown.Option, _Mapping]]] = ..., value: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Label(_message.Message):
            __slots__ = ("custom", "type", "unmodeled_fields")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.CustomField.Label.Type]
                TYPE_CUSTOM: _ClassVar[CheckoutSession.CustomField.Label.Type]
            TYPE_UNSPECIFIED: CheckoutSession.CustomField.Label.Type
            TYPE_CUSTOM: CheckoutSession.CustomField.Label.Type
            CUSTOM_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            custom: str
            type: CheckoutSession.CustomField.Label.Type
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, custom: _Optional[str] = ..., type: _Optional[_Union[CheckoutSession.CustomField.Label.Type, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Numeric(_message.Message):
            __slots__ = ("default_value", "maximum_length", "minimum_length", "value", "unmodeled_fields")
            DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            default_value: str
            maximum_length: int
            minimum_length: int
            value: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, default_value: _Optional[str] = ..., maximum_length: _Optional[int] = ..., minimum_length: _Optional[int] = ..., value: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Text(_message.Message):
            __slots__ = ("default_value", "maximum_length", "minimum_length", "value", "unmodeled_fields")
            DEFAULT_VALUE_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_LENGTH_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            default_value: str
            maximum_length: int
            minimum_length: int
            value: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, default_value: _Optional[str] = ..., maximum_length: _Optional[int] = ..., minimum_length: _Optional[int] = ..., value: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        DROPDOWN_FIELD_NUMBER: _ClassVar[int]
        KEY_FIELD_NUMBER: _ClassVar[int]
        LABEL_FIELD_NUMBER: _ClassVar[int]
        NUMERIC_FIELD_NUMBER: _ClassVar[int]
        OPTIONAL_FIELD_NUMBER: _ClassVar[int]
        TEXT_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        dropdown: CheckoutSession.CustomField.Dropdown
        key: str
        label: CheckoutSession.CustomField.Label
        numeric: CheckoutSession.CustomField.Numeric
        optional: bool
        text: CheckoutSession.CustomField.Text
        type: CheckoutSession.CustomField.Type
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, dropdown: _Optional[_Union[CheckoutSession.CustomField.Dropdown, _Mapping]] = ..., key: _Optional[str] = ..., label: _Optional[_Union[CheckoutSession.CustomField.Label, _Mapping]] = ..., numeric: _Optional[_Union[CheckoutSession.CustomField.Numeric, _Mapping]] = ..., optional: _Optional[bool] = ..., text: _Optional[_Union[CheckoutSession.CustomField.Text, _Mapping]] = ..., type: _Optional[_Union[CheckoutSession.CustomField.Type, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class CustomText(_message.Message):
        __slots__ = ("after_submit", "shipping_address", "submit", "terms_of_service_acceptance", "unmodeled_fields")
        class AfterSubmit(_message.Message):
            __slots__ = ("message", "unmodeled_fields")
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            message: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, message: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class ShippingAddress(_message.Message):
            __slots__ = ("message", "unmodeled_fields")
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            message: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, message: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Submit(_message.Message):
            __slots__ = ("message", "unmodeled_fields")
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            message: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, message: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class TermsOfServiceAcceptance(_message.Message):
            __slots__ = ("message", "unmodeled_fields")
            MESSAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            message: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, message: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        AFTER_SUBMIT_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_ADDRESS_FIELD_NUMBER: _ClassVar[int]
        SUBMIT_FIELD_NUMBER: _ClassVar[int]
        TERMS_OF_SERVICE_ACCEPTANCE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        after_submit: CheckoutSession.CustomText.AfterSubmit
        shipping_address: CheckoutSession.CustomText.ShippingAddress
        submit: CheckoutSession.CustomText.Submit
        terms_of_service_acceptance: CheckoutSession.CustomText.TermsOfServiceAcceptance
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, after_submit: _Optional[_Union[CheckoutSession.CustomText.AfterSubmit, _Mapping]] = ..., shipping_address: _Optional[_Union[CheckoutSession.CustomText.ShippingAddress, _Mapping]] = ..., submit: _Optional[_Union[CheckoutSession.CustomText.Submit, _Mapping]] = ..., terms_of_service_acceptance: _Optional[_Union[CheckoutSession.CustomText.TermsOfServiceAcceptance, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class CustomerDetails(_message.Message):
        __slots__ = ("address", "business_name", "email", "individual_name", "name", "phone", "tax_exempt", "tax_ids", "unmodeled_fields")
        class TaxExempt(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            TAX_EXEMPT_UNSPECIFIED: _ClassVar[CheckoutSession.CustomerDetails.TaxExempt]
            TAX_EXEMPT_EXEMPT: _ClassVar[CheckoutSession.CustomerDetails.TaxExempt]
            TAX_EXEMPT_NONE: _ClassVar[CheckoutSession.CustomerDetails.TaxExempt]
            TAX_EXEMPT_REVERSE: _ClassVar[CheckoutSession.CustomerDetails.TaxExempt]
        TAX_EXEMPT_UNSPECIFIED: CheckoutSession.CustomerDetails.TaxExempt
        TAX_EXEMPT_EXEMPT: CheckoutSession.CustomerDetails.TaxExempt
        TAX_EXEMPT_NONE: CheckoutSession.CustomerDetails.TaxExempt
        TAX_EXEMPT_REVERSE: CheckoutSession.CustomerDetails.TaxExempt
        class Address(_message.Message):
            __slots__ = ("city", "country", "line1", "line2", "postal_code", "state", "unmodeled_fields")
            CITY_FIELD_NUMBER: _ClassVar[int]
            COUNTRY_FIELD_NUMBER: _ClassVar[int]
            LINE1_FIELD_NUMBER: _ClassVar[int]
            LINE2_FIELD_NUMBER: _ClassVar[int]
            POSTAL_CODE_FIELD_NUMBER: _ClassVar[int]
            STATE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            city: str
            country: str
            line1: str
            line2: str
            postal_code: str
            state: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, city: _Optional[str] = ..., country: _Optional[str] = ..., line1: _Optional[str] = ..., line2: _Optional[str] = ..., postal_code: _Optional[str] = ..., state: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class TaxId(_message.Message):
            __slots__ = ("type", "value", "unmodeled_fields")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AD_NRT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AE_TRN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AL_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AM_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AO_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AR_CUIT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AU_ABN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AU_ACN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AU_ARN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AU_WPN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AW_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_AZ_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BA_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BB_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BD_BIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BF_IFU: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BG_UIC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BH_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BJ_IFU: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BO_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BR_CNPJ: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BR_CPF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BS_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BW_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_BY_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CA_BN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CA_GST_HST: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CA_PST_BC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CA_PST_MB: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CA_PST_SK: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CA_QST: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CD_NIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CH_UID: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CH_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CI_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CL_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CM_NIU: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CN_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CO_NIT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CR_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CV_NIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_CZ_DIC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_DE_STN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_DO_RCN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_EC_RUC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_EG_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_ES_CIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_ET_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_EU_OSS_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_EU_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_FO_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_FR_SIREN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_FR_SIRET: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_FR_SPI: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_GB_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_GE_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_GH_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_GI_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_GN_NIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_HK_BR: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_HR_OIB: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_HU_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_IC_NIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_ID_NPWP: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_IL_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_IN_GST: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_IS_KT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_IS_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_IT_CF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_JP_CN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_JP_RN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_JP_TRN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_KE_PIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_KG_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_KH_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_KR_BRN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_KZ_BIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_LA_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_LI_UID: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_LI_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_LK_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MA_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MD_CF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MD_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_ME_PIB: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MK_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MR_NIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MU_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MX_RFC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MY_FRP: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MY_ITN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MY_SST: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_MZ_NUIT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_NG_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_NO_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_NO_VOEC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_NP_PAN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_NZ_BN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_NZ_GST: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_OM_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_PE_RUC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_PH_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_PL_NIP: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_PT_NIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_PY_RUC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_RO_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_RS_PIB: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_RU_INN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_RU_KPP: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SA_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SG_GST: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SG_UEN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SI_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SM_COE: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SN_NINEA: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SR_FIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_SV_NIT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_TH_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_TJ_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_TR_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_TT_BIR: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_TT_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_TW_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_TZ_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_UA_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_UG_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_UNKNOWN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_US_EIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_UY_RUC: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_UZ_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_UZ_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_VE_RIF: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_VN_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_ZA_VAT: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_ZM_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
                TYPE_ZW_TIN: _ClassVar[CheckoutSession.CustomerDetails.TaxId.Type]
            TYPE_UNSPECIFIED: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AD_NRT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AE_TRN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AL_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AM_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AO_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AR_CUIT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AU_ABN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AU_ACN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AU_ARN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AU_WPN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AW_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_AZ_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BA_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BB_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BD_BIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BF_IFU: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BG_UIC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BH_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BJ_IFU: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BO_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BR_CNPJ: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BR_CPF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BS_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BW_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_BY_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CA_BN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CA_GST_HST: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CA_PST_BC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CA_PST_MB: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CA_PST_SK: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CA_QST: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CD_NIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CH_UID: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CH_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CI_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CL_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CM_NIU: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CN_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CO_NIT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CR_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CV_NIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_CZ_DIC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_DE_STN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_DO_RCN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_EC_RUC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_EG_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_ES_CIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_ET_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_EU_OSS_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_EU_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_FO_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_FR_SIREN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_FR_SIRET: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_FR_SPI: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_GB_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_GE_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_GH_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_GI_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_GN_NIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_HK_BR: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_HR_OIB: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_HU_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_IC_NIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_ID_NPWP: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_IL_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_IN_GST: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_IS_KT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_IS_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_IT_CF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_JP_CN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_JP_RN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_JP_TRN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_KE_PIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_KG_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_KH_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_KR_BRN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_KZ_BIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_LA_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_LI_UID: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_LI_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_LK_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MA_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MD_CF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MD_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_ME_PIB: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MK_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MR_NIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MU_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MX_RFC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MY_FRP: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MY_ITN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MY_SST: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_MZ_NUIT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_NG_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_NO_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_NO_VOEC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_NP_PAN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_NZ_BN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_NZ_GST: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_OM_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_PE_RUC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_PH_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_PL_NIP: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_PT_NIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_PY_RUC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_RO_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_RS_PIB: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_RU_INN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_RU_KPP: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SA_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SG_GST: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SG_UEN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SI_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SM_COE: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SN_NINEA: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SR_FIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_SV_NIT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_TH_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_TJ_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_TR_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_TT_BIR: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_TT_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_TW_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_TZ_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_UA_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_UG_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_UNKNOWN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_US_EIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_UY_RUC: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_UZ_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_UZ_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_VE_RIF: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_VN_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_ZA_VAT: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_ZM_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_ZW_TIN: CheckoutSession.CustomerDetails.TaxId.Type
            TYPE_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            type: CheckoutSession.CustomerDetails.TaxId.Type
            value: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, type: _Optional[_Union[CheckoutSession.CustomerDetails.TaxId.Type, str]] = ..., value: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        ADDRESS_FIELD_NUMBER: _ClassVar[int]
        BUSINESS_NAME_FIELD_NUMBER: _ClassVar[int]
        EMAIL_FIELD_NUMBER: _ClassVar[int]
        INDIVIDUAL_NAME_FIELD_NUMBER: _ClassVar[int]
        NAME_FIELD_NUMBER: _ClassVar[int]
        PHONE_FIELD_NUMBER: _ClassVar[int]
        TAX_EXEMPT_FIELD_NUMBER: _ClassVar[int]
        TAX_IDS_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        address: CheckoutSession.CustomerDetails.Address
        business_name: str
        email: str
        individual_name: str
        name: str
        phone: str
        tax_exempt: CheckoutSession.CustomerDetails.TaxExempt
        tax_ids: _containers.RepeatedCompositeFieldContainer[CheckoutSession.CustomerDetails.TaxId]
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, address: _Optional[_Union[CheckoutSession.CustomerDetails.Address, _Mapping]] = ..., business_name: _Optional[str] = ..., email: _Optional[str] = ..., individual_name: _Optional[str] = ..., name: _Optional[str] = ..., phone: _Optional[str] = ..., tax_exempt: _Optional[_Union[CheckoutSession.CustomerDetails.TaxExempt, str]] = ..., tax_ids: _Optional[_Iterable[_Union[CheckoutSession.CustomerDetails.TaxId, _Mapping]]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Discount(_message.Message):
        __slots__ = ("coupon", "promotion_code", "unmodeled_fields")
        COUPON_FIELD_NUMBER: _ClassVar[int]
        PROMOTION_CODE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        coupon: _references_pb2.Coupon
        promotion_code: _references_pb2.PromotionCode
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, coupon: _Optional[_Union[_references_pb2.Coupon, _Mapping]] = ..., promotion_code: _Optional[_Union[_references_pb2.PromotionCode, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class InvoiceCreation(_message.Message):
        __slots__ = ("enabled", "invoice_data", "unmodeled_fields")
        class InvoiceData(_message.Message):
            __slots__ = ("account_tax_ids", "custom_fields", "description", "footer", "issuer", "metadata", "rendering_options", "unmodeled_fields")
            class CustomField(_message.Message):
                __slots__ = ("name", "value", "unmodeled_fields")
                NAME_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                name: str
                value: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            class Issuer(_message.Message):
                __slots__ = ("account", "type", "unmodeled_fields")
                class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type]
                    TYPE_ACCOUNT: _ClassVar[CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type]
                    TYPE_SELF: _ClassVar[CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type]
                TYPE_UNSPECIFIED: CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type
                TYPE_ACCOUNT: CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type
                TYPE_SELF: CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type
                ACCOUNT_FIELD_NUMBER: _ClassVar[int]
                TYPE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                account: _references_pb2.Account
                type: CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, account: _Optional[_Union[_references_pb2.Account, _Mapping]] = ..., type: _Optional[_Union[CheckoutSession.InvoiceCreation.InvoiceData.Issuer.Type, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            class RenderingOptions(_message.Message):
                __slots__ = ("amount_tax_display", "template", "unmodeled_fields")
                AMOUNT_TAX_DISPLAY_FIELD_NUMBER: _ClassVar[int]
                TEMPLATE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                amount_tax_display: str
                template: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, amount_tax_display: _Optional[str] = ..., template: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            class MetadataEntry(_message.Message):
                __slots__ = ("key", "value")
                KEY_FIELD_NUMBER: _ClassVar[int]
                VALUE_FIELD_NUMBER: _ClassVar[int]
                key: str
                value: str
                def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
            ACCOUNT_TAX_IDS_FIELD_NUMBER: _ClassVar[int]
            CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
            DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
            FOOTER_FIELD_NUMBER: _ClassVar[int]
            ISSUER_FIELD_NUMBER: _ClassVar[int]
            METADATA_FIELD_NUMBER: _ClassVar[int]
            RENDERING_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            account_tax_ids: _containers.RepeatedCompositeFieldContainer[_references_pb2.TaxId]
            custom_fields: _containers.RepeatedCompositeFieldContainer[CheckoutSession.InvoiceCreation.InvoiceData.CustomField]
            description: str
            footer: str
            issuer: CheckoutSession.InvoiceCreation.InvoiceData.Issuer
            metadata: _containers.ScalarMap[str, str]
            rendering_options: CheckoutSession.InvoiceCreation.InvoiceData.RenderingOptions
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, account_tax_ids: _Optional[_Iterable[_Union[_references_pb2.TaxId, _Mapping]]] = ..., custom_fields: _Optional[_Iterable[_Union[CheckoutSession.InvoiceCreation.InvoiceData.CustomField, _Mapping]]] = ..., description: _Optional[str] = ..., footer: _Optional[str] = ..., issuer: _Optional[_Union[CheckoutSession.InvoiceCreation.InvoiceData.Issuer, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., rendering_options: _Optional[_Union[CheckoutSession.InvoiceCreation.InvoiceData.RenderingOptions, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        INVOICE_DATA_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        invoice_data: CheckoutSession.InvoiceCreation.InvoiceData
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, enabled: _Optional[bool] = ..., invoice_data: _Optional[_Union[CheckoutSession.InvoiceCreation.InvoiceData, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class ManagedPayments(_message.Message):
        __slots__ = ("enabled", "unmodeled_fields")
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, enabled: _Optional[bool] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class NameCollection(_message.Message):
        __slots__ = ("business", "individual", "unmodeled_fields")
        class Business(_message.Message):
            __slots__ = ("enabled", "optional", "unmodeled_fields")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            OPTIONAL_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            optional: bool
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, enabled: _Optional[bool] = ..., optional: _Optional[bool] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Individual(_message.Message):
            __slots__ = ("enabled", "optional", "unmodeled_fields")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            OPTIONAL_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            optional: bool
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, enabled: _Optional[bool] = ..., optional: _Optional[bool] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        BUSINESS_FIELD_NUMBER: _ClassVar[int]
        INDIVIDUAL_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        business: CheckoutSession.NameCollection.Business
        individual: CheckoutSession.NameCollection.Individual
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, business: _Optional[_Union[CheckoutSession.NameCollection.Business, _Mapping]] = ..., individual: _Optional[_Union[CheckoutSession.NameCollection.Individual, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class OptionalItem(_message.Message):
        __slots__ = ("adjustable_quantity", "price", "quantity", "unmodeled_fields")
        class AdjustableQuantity(_message.Message):
            __slots__ = ("enabled", "maximum", "minimum", "unmodeled_fields")
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            MAXIMUM_FIELD_NUMBER: _ClassVar[int]
            MINIMUM_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            enabled: bool
            maximum: int
            minimum: int
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, enabled: _Optional[bool] = ..., maximum: _Optional[int] = ..., minimum: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        ADJUSTABLE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
        PRICE_FIELD_NUMBER: _ClassVar[int]
        QUANTITY_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        adjustable_quantity: CheckoutSession.OptionalItem.AdjustableQuantity
        price: str
        quantity: int
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, adjustable_quantity: _Optional[_Union[CheckoutSession.OptionalItem.AdjustableQuantity, _Mapping]] = ..., price: _Optional[str] = ..., quantity: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class PaymentMethodConfigurationDetails(_message.Message):
        __slots__ = ("id", "parent", "unmodeled_fields")
        ID_FIELD_NUMBER: _ClassVar[int]
        PARENT_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        id: str
        parent: str
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, id: _Optional[str] = ..., parent: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class PaymentMethodOptions(_message.Message):
        __slots__ = ("acss_debit", "affirm", "afterpay_clearpay", "alipay", "alma", "amazon_pay", "au_becs_debit", "bacs_debit", "bancontact", "billie", "boleto", "card", "cashapp", "customer_balance", "eps", "fpx", "giropay", "grabpay", "ideal", "kakao_pay", "klarna", "konbini", "kr_card", "link", "mobilepay", "multibanco", "naver_pay", "oxxo", "p24", "payco", "paynow", "paypal", "payto", "pix", "revolut_pay", "samsung_pay", "satispay", "scalapay", "sepa_debit", "sequra", "sofort", "sunbit", "swish", "twint", "upi", "us_bank_account", "wechat_pay", "unmodeled_fields")
        class AcssDebit(_message.Message):
            __slots__ = ("currency", "mandate_options", "setup_future_usage", "target_date", "verification_method", "unmodeled_fields")
            class Currency(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CURRENCY_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.Currency]
                CURRENCY_CAD: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.Currency]
                CURRENCY_USD: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.Currency]
            CURRENCY_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AcssDebit.Currency
            CURRENCY_CAD: CheckoutSession.PaymentMethodOptions.AcssDebit.Currency
            CURRENCY_USD: CheckoutSession.PaymentMethodOptions.AcssDebit.Currency
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            class VerificationMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                VERIFICATION_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod]
                VERIFICATION_METHOD_AUTOMATIC: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod]
                VERIFICATION_METHOD_INSTANT: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod]
                VERIFICATION_METHOD_MICRODEPOSITS: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod]
            VERIFICATION_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod
            VERIFICATION_METHOD_AUTOMATIC: CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod
            VERIFICATION_METHOD_INSTANT: CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod
            VERIFICATION_METHOD_MICRODEPOSITS: CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod
            class MandateOptions(_message.Message):
                __slots__ = ("custom_mandate_url", "default_for", "interval_description", "payment_schedule", "transaction_type", "unmodeled_fields")
                class DefaultFor(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    DEFAULT_FOR_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                    DEFAULT_FOR_INVOICE: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                    DEFAULT_FOR_SUBSCRIPTION: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                DEFAULT_FOR_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor
                DEFAULT_FOR_INVOICE: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor
                DEFAULT_FOR_SUBSCRIPTION: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor
                class PaymentSchedule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PAYMENT_SCHEDULE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_COMBINED: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_INTERVAL: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_SPORADIC: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule]
                PAYMENT_SCHEDULE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_COMBINED: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_INTERVAL: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_SPORADIC: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                class TransactionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TRANSACTION_TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType]
                    TRANSACTION_TYPE_BUSINESS: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType]
                    TRANSACTION_TYPE_PERSONAL: _ClassVar[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType]
                TRANSACTION_TYPE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                TRANSACTION_TYPE_BUSINESS: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                TRANSACTION_TYPE_PERSONAL: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                CUSTOM_MANDATE_URL_FIELD_NUMBER: _ClassVar[int]
                DEFAULT_FOR_FIELD_NUMBER: _ClassVar[int]
                INTERVAL_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
                PAYMENT_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
                TRANSACTION_TYPE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                custom_mandate_url: str
                default_for: _containers.RepeatedScalarFieldContainer[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor]
                interval_description: str
                payment_schedule: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule
                transaction_type: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, custom_mandate_url: _Optional[str] = ..., default_for: _Optional[_Iterable[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.DefaultFor, str]]] = ..., interval_description: _Optional[str] = ..., payment_schedule: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.PaymentSchedule, str]] = ..., transaction_type: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions.TransactionType, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            CURRENCY_FIELD_NUMBER: _ClassVar[int]
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            VERIFICATION_METHOD_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            currency: CheckoutSession.PaymentMethodOptions.AcssDebit.Currency
            mandate_options: CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions
            setup_future_usage: CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage
            target_date: str
            verification_method: CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, currency: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit.Currency, str]] = ..., mandate_options: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ..., verification_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit.VerificationMethod, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Affirm(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Affirm.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Affirm.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Affirm.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Affirm.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Affirm.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Affirm.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Affirm.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Affirm.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Affirm.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Affirm.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Affirm.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Affirm.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class AfterpayClearpay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AfterpayClearpay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.AfterpayClearpay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AfterpayClearpay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.AfterpayClearpay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.AfterpayClearpay.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AfterpayClearpay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AfterpayClearpay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Alipay(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Alipay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Alipay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Alipay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Alipay.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Alipay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Alipay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Alma(_message.Message):
            __slots__ = ("capture_method", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Alma.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Alma.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Alma.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Alma.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Alma.CaptureMethod
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Alma.CaptureMethod, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class AmazonPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AmazonPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.AmazonPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AmazonPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.AmazonPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.AmazonPay.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AmazonPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AmazonPay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class AuBecsDebit(_message.Message):
            __slots__ = ("setup_future_usage", "target_date", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage
            target_date: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AuBecsDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class BacsDebit(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "target_date", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("reference_prefix", "unmodeled_fields")
                REFERENCE_PREFIX_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                reference_prefix: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, reference_prefix: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CheckoutSession.PaymentMethodOptions.BacsDebit.MandateOptions
            setup_future_usage: CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage
            target_date: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, mandate_options: _Optional[_Union[CheckoutSession.PaymentMethodOptions.BacsDebit.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.BacsDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Bancontact(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Bancontact.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Billie(_message.Message):
            __slots__ = ("capture_method", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Billie.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Billie.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Billie.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Billie.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Billie.CaptureMethod
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Billie.CaptureMethod, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Boleto(_message.Message):
            __slots__ = ("expires_after_days", "setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage
            EXPIRES_AFTER_DAYS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            expires_after_days: int
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, expires_after_days: _Optional[int] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Boleto.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Card(_message.Message):
            __slots__ = ("capture_method", "installments", "request_extended_authorization", "request_incremental_authorization", "request_multicapture", "request_overcapture", "request_three_d_secure", "restrictions", "setup_future_usage", "statement_descriptor_suffix_kana", "statement_descriptor_suffix_kanji", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Card.CaptureMethod
            class RequestExtendedAuthorization(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_EXTENDED_AUTHORIZATION_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization]
                REQUEST_EXTENDED_AUTHORIZATION_IF_AVAILABLE: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization]
                REQUEST_EXTENDED_AUTHORIZATION_NEVER: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization]
            REQUEST_EXTENDED_AUTHORIZATION_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization
            REQUEST_EXTENDED_AUTHORIZATION_IF_AVAILABLE: CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization
            REQUEST_EXTENDED_AUTHORIZATION_NEVER: CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization
            class RequestIncrementalAuthorization(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_INCREMENTAL_AUTHORIZATION_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization]
                REQUEST_INCREMENTAL_AUTHORIZATION_IF_AVAILABLE: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization]
                REQUEST_INCREMENTAL_AUTHORIZATION_NEVER: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization]
            REQUEST_INCREMENTAL_AUTHORIZATION_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            REQUEST_INCREMENTAL_AUTHORIZATION_IF_AVAILABLE: CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            REQUEST_INCREMENTAL_AUTHORIZATION_NEVER: CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            class RequestMulticapture(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_MULTICAPTURE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture]
                REQUEST_MULTICAPTURE_IF_AVAILABLE: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture]
                REQUEST_MULTICAPTURE_NEVER: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture]
            REQUEST_MULTICAPTURE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture
            REQUEST_MULTICAPTURE_IF_AVAILABLE: CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture
            REQUEST_MULTICAPTURE_NEVER: CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture
            class RequestOvercapture(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_OVERCAPTURE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture]
                REQUEST_OVERCAPTURE_IF_AVAILABLE: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture]
                REQUEST_OVERCAPTURE_NEVER: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture]
            REQUEST_OVERCAPTURE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture
            REQUEST_OVERCAPTURE_IF_AVAILABLE: CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture
            REQUEST_OVERCAPTURE_NEVER: CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture
            class RequestThreeDSecure(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                REQUEST_THREE_D_SECURE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure]
                REQUEST_THREE_D_SECURE_ANY: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure]
                REQUEST_THREE_D_SECURE_AUTOMATIC: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure]
                REQUEST_THREE_D_SECURE_CHALLENGE: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure]
            REQUEST_THREE_D_SECURE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure
            REQUEST_THREE_D_SECURE_ANY: CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure
            REQUEST_THREE_D_SECURE_AUTOMATIC: CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure
            REQUEST_THREE_D_SECURE_CHALLENGE: CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage
            class Installments(_message.Message):
                __slots__ = ("enabled", "unmodeled_fields")
                ENABLED_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                enabled: bool
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, enabled: _Optional[bool] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            class Restrictions(_message.Message):
                __slots__ = ("brands_blocked", "funding_types_blocked", "unmodeled_fields")
                class BrandsBlocked(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    BRANDS_BLOCKED_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_AMERICAN_EXPRESS: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_DISCOVER_GLOBAL_NETWORK: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_MASTERCARD: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                    BRANDS_BLOCKED_VISA: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                BRANDS_BLOCKED_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_AMERICAN_EXPRESS: CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_DISCOVER_GLOBAL_NETWORK: CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_MASTERCARD: CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                BRANDS_BLOCKED_VISA: CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked
                class FundingTypesBlocked(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    FUNDING_TYPES_BLOCKED_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                    FUNDING_TYPES_BLOCKED_CREDIT: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                    FUNDING_TYPES_BLOCKED_DEBIT: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                    FUNDING_TYPES_BLOCKED_PREPAID: _ClassVar[CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                FUNDING_TYPES_BLOCKED_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                FUNDING_TYPES_BLOCKED_CREDIT: CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                FUNDING_TYPES_BLOCKED_DEBIT: CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                FUNDING_TYPES_BLOCKED_PREPAID: CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked
                BRANDS_BLOCKED_FIELD_NUMBER: _ClassVar[int]
                FUNDING_TYPES_BLOCKED_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                brands_blocked: _containers.RepeatedScalarFieldContainer[CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked]
                funding_types_blocked: _containers.RepeatedScalarFieldContainer[CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked]
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, brands_blocked: _Optional[_Iterable[_Union[CheckoutSession.PaymentMethodOptions.Card.Restrictions.BrandsBlocked, str]]] = ..., funding_types_blocked: _Optional[_Iterable[_Union[CheckoutSession.PaymentMethodOptions.Card.Restrictions.FundingTypesBlocked, str]]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
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
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Card.CaptureMethod
            installments: CheckoutSession.PaymentMethodOptions.Card.Installments
            request_extended_authorization: CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization
            request_incremental_authorization: CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization
            request_multicapture: CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture
            request_overcapture: CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture
            request_three_d_secure: CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure
            restrictions: CheckoutSession.PaymentMethodOptions.Card.Restrictions
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage
            statement_descriptor_suffix_kana: str
            statement_descriptor_suffix_kanji: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.CaptureMethod, str]] = ..., installments: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.Installments, _Mapping]] = ..., request_extended_authorization: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.RequestExtendedAuthorization, str]] = ..., request_incremental_authorization: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.RequestIncrementalAuthorization, str]] = ..., request_multicapture: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.RequestMulticapture, str]] = ..., request_overcapture: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.RequestOvercapture, str]] = ..., request_three_d_secure: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.RequestThreeDSecure, str]] = ..., restrictions: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.Restrictions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card.SetupFutureUsage, str]] = ..., statement_descriptor_suffix_kana: _Optional[str] = ..., statement_descriptor_suffix_kanji: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Cashapp(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Cashapp.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Cashapp.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Cashapp.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Cashapp.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Cashapp.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Cashapp.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Cashapp.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Cashapp.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Cashapp.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Cashapp.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Cashapp.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Cashapp.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class CustomerBalance(_message.Message):
            __slots__ = ("bank_transfer", "funding_type", "setup_future_usage", "unmodeled_fields")
            class FundingType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                FUNDING_TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.FundingType]
                FUNDING_TYPE_BANK_TRANSFER: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.FundingType]
            FUNDING_TYPE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.CustomerBalance.FundingType
            FUNDING_TYPE_BANK_TRANSFER: CheckoutSession.PaymentMethodOptions.CustomerBalance.FundingType
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.CustomerBalance.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.CustomerBalance.SetupFutureUsage
            class BankTransfer(_message.Message):
                __slots__ = ("eu_bank_transfer", "requested_address_types", "type", "unmodeled_fields")
                class RequestedAddressTypes(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    REQUESTED_ADDRESS_TYPES_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_ABA: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_IBAN: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SEPA: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SORT_CODE: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SPEI: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_SWIFT: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                    REQUESTED_ADDRESS_TYPES_ZENGIN: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                REQUESTED_ADDRESS_TYPES_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_ABA: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_IBAN: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SEPA: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SORT_CODE: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SPEI: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_SWIFT: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                REQUESTED_ADDRESS_TYPES_ZENGIN: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes
                class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_EU_BANK_TRANSFER: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_GB_BANK_TRANSFER: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_JP_BANK_TRANSFER: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_MX_BANK_TRANSFER: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                    TYPE_US_BANK_TRANSFER: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type]
                TYPE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_EU_BANK_TRANSFER: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_GB_BANK_TRANSFER: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_JP_BANK_TRANSFER: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_MX_BANK_TRANSFER: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                TYPE_US_BANK_TRANSFER: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                class EuBankTransfer(_message.Message):
                    __slots__ = ("country", "unmodeled_fields")
                    class Country(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        COUNTRY_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country]
                        COUNTRY_BE: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country]
                        COUNTRY_DE: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country]
                        COUNTRY_ES: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country]
                        COUNTRY_FR: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country]
                        COUNTRY_IE: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country]
                        COUNTRY_NL: _ClassVar[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country]
                    COUNTRY_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    COUNTRY_BE: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    COUNTRY_DE: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    COUNTRY_ES: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    COUNTRY_FR: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    COUNTRY_IE: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    COUNTRY_NL: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    COUNTRY_FIELD_NUMBER: _ClassVar[int]
                    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                    country: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country
                    unmodeled_fields: _struct_pb2.Struct
                    def __init__(self, country: _Optional[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer.Country, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
                EU_BANK_TRANSFER_FIELD_NUMBER: _ClassVar[int]
                REQUESTED_ADDRESS_TYPES_FIELD_NUMBER: _ClassVar[int]
                TYPE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                eu_bank_transfer: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer
                requested_address_types: _containers.RepeatedScalarFieldContainer[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes]
                type: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, eu_bank_transfer: _Optional[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.EuBankTransfer, _Mapping]] = ..., requested_address_types: _Optional[_Iterable[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.RequestedAddressTypes, str]]] = ..., type: _Optional[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer.Type, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            BANK_TRANSFER_FIELD_NUMBER: _ClassVar[int]
            FUNDING_TYPE_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            bank_transfer: CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer
            funding_type: CheckoutSession.PaymentMethodOptions.CustomerBalance.FundingType
            setup_future_usage: CheckoutSession.PaymentMethodOptions.CustomerBalance.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, bank_transfer: _Optional[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance.BankTransfer, _Mapping]] = ..., funding_type: _Optional[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance.FundingType, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Eps(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Eps.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Eps.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Eps.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Eps.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Eps.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Eps.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Fpx(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Fpx.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Fpx.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Fpx.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Fpx.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Fpx.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Fpx.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Giropay(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Giropay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Giropay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Giropay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Giropay.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Giropay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Giropay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Grabpay(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Grabpay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Grabpay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Grabpay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Grabpay.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Grabpay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Grabpay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Ideal(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Ideal.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Ideal.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Ideal.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Ideal.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Ideal.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Ideal.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class KakaoPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.KakaoPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.KakaoPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.KakaoPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.KakaoPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.KakaoPay.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.KakaoPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.KakaoPay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Klarna(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Klarna.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Klarna.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Klarna.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Klarna.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Klarna.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Klarna.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Klarna.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Konbini(_message.Message):
            __slots__ = ("expires_after_days", "setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Konbini.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Konbini.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Konbini.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Konbini.SetupFutureUsage
            EXPIRES_AFTER_DAYS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            expires_after_days: int
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Konbini.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, expires_after_days: _Optional[int] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Konbini.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class KrCard(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.KrCard.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.KrCard.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.KrCard.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.KrCard.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.KrCard.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.KrCard.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.KrCard.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Link(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Link.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Link.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Link.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Link.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Link.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Link.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Link.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Mobilepay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Mobilepay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Mobilepay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Mobilepay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Mobilepay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Mobilepay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Mobilepay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Mobilepay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Mobilepay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Mobilepay.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Mobilepay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Mobilepay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Mobilepay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Multibanco(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Multibanco.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Multibanco.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Multibanco.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Multibanco.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Multibanco.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Multibanco.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class NaverPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.NaverPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.NaverPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.NaverPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.NaverPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.NaverPay.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.NaverPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.NaverPay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Oxxo(_message.Message):
            __slots__ = ("expires_after_days", "setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Oxxo.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Oxxo.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Oxxo.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Oxxo.SetupFutureUsage
            EXPIRES_AFTER_DAYS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            expires_after_days: int
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Oxxo.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, expires_after_days: _Optional[int] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Oxxo.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class P24(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.P24.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.P24.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.P24.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.P24.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.P24.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.P24.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Payco(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Payco.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Payco.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Payco.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Payco.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Payco.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Payco.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Payco.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Payco.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Payco.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Payco.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payco.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payco.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Paynow(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Paynow.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Paynow.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Paynow.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Paynow.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Paynow.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Paynow.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Paypal(_message.Message):
            __slots__ = ("capture_method", "preferred_locale", "reference", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Paypal.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Paypal.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Paypal.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Paypal.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            PREFERRED_LOCALE_FIELD_NUMBER: _ClassVar[int]
            REFERENCE_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Paypal.CaptureMethod
            preferred_locale: str
            reference: str
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Paypal.CaptureMethod, str]] = ..., preferred_locale: _Optional[str] = ..., reference: _Optional[str] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Paypal.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Payto(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("amount", "amount_type", "end_date", "payment_schedule", "payments_per_period", "purpose", "start_date", "unmodeled_fields")
                class AmountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType]
                    AMOUNT_TYPE_FIXED: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType]
                    AMOUNT_TYPE_MAXIMUM: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType]
                AMOUNT_TYPE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType
                AMOUNT_TYPE_FIXED: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType
                AMOUNT_TYPE_MAXIMUM: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType
                class PaymentSchedule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PAYMENT_SCHEDULE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_ADHOC: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_ANNUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_DAILY: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_FORTNIGHTLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_MONTHLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_QUARTERLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_SEMI_ANNUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_WEEKLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule]
                PAYMENT_SCHEDULE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_ADHOC: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_ANNUAL: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_DAILY: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_FORTNIGHTLY: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_MONTHLY: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_QUARTERLY: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_SEMI_ANNUAL: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_WEEKLY: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                class Purpose(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PURPOSE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_DEPENDANT_SUPPORT: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_GOVERNMENT: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_LOAN: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_MORTGAGE: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_OTHER: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_PENSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_PERSONAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_RETAIL: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_SALARY: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_TAX: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                    PURPOSE_UTILITY: _ClassVar[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose]
                PURPOSE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_DEPENDANT_SUPPORT: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_GOVERNMENT: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_LOAN: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_MORTGAGE: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_OTHER: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_PENSION: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_PERSONAL: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_RETAIL: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_SALARY: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_TAX: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                PURPOSE_UTILITY: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
                END_DATE_FIELD_NUMBER: _ClassVar[int]
                PAYMENT_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
                PAYMENTS_PER_PERIOD_FIELD_NUMBER: _ClassVar[int]
                PURPOSE_FIELD_NUMBER: _ClassVar[int]
                START_DATE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                amount: int
                amount_type: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType
                end_date: str
                payment_schedule: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule
                payments_per_period: int
                purpose: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose
                start_date: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, amount: _Optional[int] = ..., amount_type: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.AmountType, str]] = ..., end_date: _Optional[str] = ..., payment_schedule: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.PaymentSchedule, str]] = ..., payments_per_period: _Optional[int] = ..., purpose: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions.Purpose, str]] = ..., start_date: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CheckoutSession.PaymentMethodOptions.Payto.MandateOptions
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, mandate_options: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payto.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payto.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Pix(_message.Message):
            __slots__ = ("amount_includes_iof", "expires_after_seconds", "mandate_options", "setup_future_usage", "unmodeled_fields")
            class AmountIncludesIof(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                AMOUNT_INCLUDES_IOF_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof]
                AMOUNT_INCLUDES_IOF_ALWAYS: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof]
                AMOUNT_INCLUDES_IOF_NEVER: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof]
            AMOUNT_INCLUDES_IOF_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof
            AMOUNT_INCLUDES_IOF_ALWAYS: CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof
            AMOUNT_INCLUDES_IOF_NEVER: CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("amount", "amount_includes_iof", "amount_type", "currency", "end_date", "payment_schedule", "reference", "start_date", "unmodeled_fields")
                class AmountIncludesIof(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_INCLUDES_IOF_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof]
                    AMOUNT_INCLUDES_IOF_ALWAYS: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof]
                    AMOUNT_INCLUDES_IOF_NEVER: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof]
                AMOUNT_INCLUDES_IOF_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                AMOUNT_INCLUDES_IOF_ALWAYS: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                AMOUNT_INCLUDES_IOF_NEVER: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                class AmountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType]
                    AMOUNT_TYPE_FIXED: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType]
                    AMOUNT_TYPE_MAXIMUM: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType]
                AMOUNT_TYPE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType
                AMOUNT_TYPE_FIXED: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType
                AMOUNT_TYPE_MAXIMUM: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType
                class PaymentSchedule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PAYMENT_SCHEDULE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_HALFYEARLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_MONTHLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_QUARTERLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_WEEKLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                    PAYMENT_SCHEDULE_YEARLY: _ClassVar[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule]
                PAYMENT_SCHEDULE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_HALFYEARLY: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_MONTHLY: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_QUARTERLY: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_WEEKLY: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                PAYMENT_SCHEDULE_YEARLY: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_INCLUDES_IOF_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
                CURRENCY_FIELD_NUMBER: _ClassVar[int]
                END_DATE_FIELD_NUMBER: _ClassVar[int]
                PAYMENT_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
                REFERENCE_FIELD_NUMBER: _ClassVar[int]
                START_DATE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                amount: int
                amount_includes_iof: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof
                amount_type: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType
                currency: str
                end_date: str
                payment_schedule: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule
                reference: str
                start_date: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, amount: _Optional[int] = ..., amount_includes_iof: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountIncludesIof, str]] = ..., amount_type: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.AmountType, str]] = ..., currency: _Optional[str] = ..., end_date: _Optional[str] = ..., payment_schedule: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions.PaymentSchedule, str]] = ..., reference: _Optional[str] = ..., start_date: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            AMOUNT_INCLUDES_IOF_FIELD_NUMBER: _ClassVar[int]
            EXPIRES_AFTER_SECONDS_FIELD_NUMBER: _ClassVar[int]
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            amount_includes_iof: CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof
            expires_after_seconds: int
            mandate_options: CheckoutSession.PaymentMethodOptions.Pix.MandateOptions
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, amount_includes_iof: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Pix.AmountIncludesIof, str]] = ..., expires_after_seconds: _Optional[int] = ..., mandate_options: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Pix.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Pix.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class RevolutPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.RevolutPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.RevolutPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.RevolutPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.RevolutPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.RevolutPay.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.RevolutPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.RevolutPay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class SamsungPay(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.SamsungPay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.SamsungPay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.SamsungPay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.SamsungPay.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.SamsungPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.SamsungPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.SamsungPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.SamsungPay.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.SamsungPay.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.SamsungPay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.SamsungPay.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.SamsungPay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Satispay(_message.Message):
            __slots__ = ("capture_method", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Satispay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Satispay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Satispay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Satispay.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Satispay.CaptureMethod
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Satispay.CaptureMethod, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Scalapay(_message.Message):
            __slots__ = ("capture_method", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Scalapay.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Scalapay.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Scalapay.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Scalapay.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Scalapay.CaptureMethod
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Scalapay.CaptureMethod, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class SepaDebit(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "target_date", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("reference_prefix", "unmodeled_fields")
                REFERENCE_PREFIX_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                reference_prefix: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, reference_prefix: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CheckoutSession.PaymentMethodOptions.SepaDebit.MandateOptions
            setup_future_usage: CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage
            target_date: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, mandate_options: _Optional[_Union[CheckoutSession.PaymentMethodOptions.SepaDebit.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.SepaDebit.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Sequra(_message.Message):
            __slots__ = ("capture_method", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Sequra.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Sequra.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Sequra.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Sequra.CaptureMethod
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Sequra.CaptureMethod
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Sequra.CaptureMethod, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Sofort(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Sofort.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Sofort.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Sofort.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Sofort.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Sofort.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Sofort.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Sunbit(_message.Message):
            __slots__ = ("capture_method", "setup_future_usage", "unmodeled_fields")
            class CaptureMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CAPTURE_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Sunbit.CaptureMethod]
                CAPTURE_METHOD_MANUAL: _ClassVar[CheckoutSession.PaymentMethodOptions.Sunbit.CaptureMethod]
            CAPTURE_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Sunbit.CaptureMethod
            CAPTURE_METHOD_MANUAL: CheckoutSession.PaymentMethodOptions.Sunbit.CaptureMethod
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Sunbit.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Sunbit.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Sunbit.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Sunbit.SetupFutureUsage
            CAPTURE_METHOD_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            capture_method: CheckoutSession.PaymentMethodOptions.Sunbit.CaptureMethod
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Sunbit.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, capture_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Sunbit.CaptureMethod, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Sunbit.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Swish(_message.Message):
            __slots__ = ("reference", "unmodeled_fields")
            REFERENCE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            reference: str
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, reference: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Twint(_message.Message):
            __slots__ = ("setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Twint.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class Upi(_message.Message):
            __slots__ = ("mandate_options", "setup_future_usage", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage
            class MandateOptions(_message.Message):
                __slots__ = ("amount", "amount_type", "description", "end_date", "unmodeled_fields")
                class AmountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    AMOUNT_TYPE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType]
                    AMOUNT_TYPE_FIXED: _ClassVar[CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType]
                    AMOUNT_TYPE_MAXIMUM: _ClassVar[CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType]
                AMOUNT_TYPE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType
                AMOUNT_TYPE_FIXED: CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType
                AMOUNT_TYPE_MAXIMUM: CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_TYPE_FIELD_NUMBER: _ClassVar[int]
                DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
                END_DATE_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                amount: int
                amount_type: CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType
                description: str
                end_date: int
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, amount: _Optional[int] = ..., amount_type: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Upi.MandateOptions.AmountType, str]] = ..., description: _Optional[str] = ..., end_date: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            MANDATE_OPTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            mandate_options: CheckoutSession.PaymentMethodOptions.Upi.MandateOptions
            setup_future_usage: CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, mandate_options: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Upi.MandateOptions, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Upi.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class UsBankAccount(_message.Message):
            __slots__ = ("financial_connections", "setup_future_usage", "target_date", "verification_method", "unmodeled_fields")
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
                SETUP_FUTURE_USAGE_OFF_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
                SETUP_FUTURE_USAGE_ON_SESSION: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            SETUP_FUTURE_USAGE_OFF_SESSION: CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            SETUP_FUTURE_USAGE_ON_SESSION: CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            class VerificationMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                VERIFICATION_METHOD_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod]
                VERIFICATION_METHOD_AUTOMATIC: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod]
                VERIFICATION_METHOD_INSTANT: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod]
            VERIFICATION_METHOD_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod
            VERIFICATION_METHOD_AUTOMATIC: CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod
            VERIFICATION_METHOD_INSTANT: CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod
            class FinancialConnections(_message.Message):
                __slots__ = ("filters", "permissions", "prefetch", "return_url", "unmodeled_fields")
                class Permissions(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PERMISSIONS_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_BALANCES: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_OWNERSHIP: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_PAYMENT_METHOD: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                    PERMISSIONS_TRANSACTIONS: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                PERMISSIONS_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_BALANCES: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_OWNERSHIP: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_PAYMENT_METHOD: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                PERMISSIONS_TRANSACTIONS: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions
                class Prefetch(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    PREFETCH_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                    PREFETCH_BALANCES: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                    PREFETCH_OWNERSHIP: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                    PREFETCH_TRANSACTIONS: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                PREFETCH_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                PREFETCH_BALANCES: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                PREFETCH_OWNERSHIP: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                PREFETCH_TRANSACTIONS: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch
                class Filters(_message.Message):
                    __slots__ = ("account_subcategories", "unmodeled_fields")
                    class AccountSubcategories(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        ACCOUNT_SUBCATEGORIES_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories]
                        ACCOUNT_SUBCATEGORIES_CHECKING: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories]
                        ACCOUNT_SUBCATEGORIES_SAVINGS: _ClassVar[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories]
                    ACCOUNT_SUBCATEGORIES_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories
                    ACCOUNT_SUBCATEGORIES_CHECKING: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories
                    ACCOUNT_SUBCATEGORIES_SAVINGS: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories
                    ACCOUNT_SUBCATEGORIES_FIELD_NUMBER: _ClassVar[int]
                    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                    account_subcategories: _containers.RepeatedScalarFieldContainer[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories]
                    unmodeled_fields: _struct_pb2.Struct
                    def __init__(self, account_subcategories: _Optional[_Iterable[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters.AccountSubcategories, str]]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
                FILTERS_FIELD_NUMBER: _ClassVar[int]
                PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
                PREFETCH_FIELD_NUMBER: _ClassVar[int]
                RETURN_URL_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                filters: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters
                permissions: _containers.RepeatedScalarFieldContainer[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions]
                prefetch: _containers.RepeatedScalarFieldContainer[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch]
                return_url: str
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, filters: _Optional[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Filters, _Mapping]] = ..., permissions: _Optional[_Iterable[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Permissions, str]]] = ..., prefetch: _Optional[_Iterable[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections.Prefetch, str]]] = ..., return_url: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            FINANCIAL_CONNECTIONS_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            TARGET_DATE_FIELD_NUMBER: _ClassVar[int]
            VERIFICATION_METHOD_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            financial_connections: CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections
            setup_future_usage: CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage
            target_date: str
            verification_method: CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, financial_connections: _Optional[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount.FinancialConnections, _Mapping]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount.SetupFutureUsage, str]] = ..., target_date: _Optional[str] = ..., verification_method: _Optional[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount.VerificationMethod, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        class WechatPay(_message.Message):
            __slots__ = ("app_id", "client", "setup_future_usage", "unmodeled_fields")
            class Client(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                CLIENT_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.WechatPay.Client]
                CLIENT_ANDROID: _ClassVar[CheckoutSession.PaymentMethodOptions.WechatPay.Client]
                CLIENT_IOS: _ClassVar[CheckoutSession.PaymentMethodOptions.WechatPay.Client]
                CLIENT_WEB: _ClassVar[CheckoutSession.PaymentMethodOptions.WechatPay.Client]
            CLIENT_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.WechatPay.Client
            CLIENT_ANDROID: CheckoutSession.PaymentMethodOptions.WechatPay.Client
            CLIENT_IOS: CheckoutSession.PaymentMethodOptions.WechatPay.Client
            CLIENT_WEB: CheckoutSession.PaymentMethodOptions.WechatPay.Client
            class SetupFutureUsage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                SETUP_FUTURE_USAGE_UNSPECIFIED: _ClassVar[CheckoutSession.PaymentMethodOptions.WechatPay.SetupFutureUsage]
                SETUP_FUTURE_USAGE_NONE: _ClassVar[CheckoutSession.PaymentMethodOptions.WechatPay.SetupFutureUsage]
            SETUP_FUTURE_USAGE_UNSPECIFIED: CheckoutSession.PaymentMethodOptions.WechatPay.SetupFutureUsage
            SETUP_FUTURE_USAGE_NONE: CheckoutSession.PaymentMethodOptions.WechatPay.SetupFutureUsage
            APP_ID_FIELD_NUMBER: _ClassVar[int]
            CLIENT_FIELD_NUMBER: _ClassVar[int]
            SETUP_FUTURE_USAGE_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            app_id: str
            client: CheckoutSession.PaymentMethodOptions.WechatPay.Client
            setup_future_usage: CheckoutSession.PaymentMethodOptions.WechatPay.SetupFutureUsage
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, app_id: _Optional[str] = ..., client: _Optional[_Union[CheckoutSession.PaymentMethodOptions.WechatPay.Client, str]] = ..., setup_future_usage: _Optional[_Union[CheckoutSession.PaymentMethodOptions.WechatPay.SetupFutureUsage, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
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
        BOLETO_FIELD_NUMBER: _ClassVar[int]
        CARD_FIELD_NUMBER: _ClassVar[int]
        CASHAPP_FIELD_NUMBER: _ClassVar[int]
        CUSTOMER_BALANCE_FIELD_NUMBER: _ClassVar[int]
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
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        acss_debit: CheckoutSession.PaymentMethodOptions.AcssDebit
        affirm: CheckoutSession.PaymentMethodOptions.Affirm
        afterpay_clearpay: CheckoutSession.PaymentMethodOptions.AfterpayClearpay
        alipay: CheckoutSession.PaymentMethodOptions.Alipay
        alma: CheckoutSession.PaymentMethodOptions.Alma
        amazon_pay: CheckoutSession.PaymentMethodOptions.AmazonPay
        au_becs_debit: CheckoutSession.PaymentMethodOptions.AuBecsDebit
        bacs_debit: CheckoutSession.PaymentMethodOptions.BacsDebit
        bancontact: CheckoutSession.PaymentMethodOptions.Bancontact
        billie: CheckoutSession.PaymentMethodOptions.Billie
        boleto: CheckoutSession.PaymentMethodOptions.Boleto
        card: CheckoutSession.PaymentMethodOptions.Card
        cashapp: CheckoutSession.PaymentMethodOptions.Cashapp
        customer_balance: CheckoutSession.PaymentMethodOptions.CustomerBalance
        eps: CheckoutSession.PaymentMethodOptions.Eps
        fpx: CheckoutSession.PaymentMethodOptions.Fpx
        giropay: CheckoutSession.PaymentMethodOptions.Giropay
        grabpay: CheckoutSession.PaymentMethodOptions.Grabpay
        ideal: CheckoutSession.PaymentMethodOptions.Ideal
        kakao_pay: CheckoutSession.PaymentMethodOptions.KakaoPay
        klarna: CheckoutSession.PaymentMethodOptions.Klarna
        konbini: CheckoutSession.PaymentMethodOptions.Konbini
        kr_card: CheckoutSession.PaymentMethodOptions.KrCard
        link: CheckoutSession.PaymentMethodOptions.Link
        mobilepay: CheckoutSession.PaymentMethodOptions.Mobilepay
        multibanco: CheckoutSession.PaymentMethodOptions.Multibanco
        naver_pay: CheckoutSession.PaymentMethodOptions.NaverPay
        oxxo: CheckoutSession.PaymentMethodOptions.Oxxo
        p24: CheckoutSession.PaymentMethodOptions.P24
        payco: CheckoutSession.PaymentMethodOptions.Payco
        paynow: CheckoutSession.PaymentMethodOptions.Paynow
        paypal: CheckoutSession.PaymentMethodOptions.Paypal
        payto: CheckoutSession.PaymentMethodOptions.Payto
        pix: CheckoutSession.PaymentMethodOptions.Pix
        revolut_pay: CheckoutSession.PaymentMethodOptions.RevolutPay
        samsung_pay: CheckoutSession.PaymentMethodOptions.SamsungPay
        satispay: CheckoutSession.PaymentMethodOptions.Satispay
        scalapay: CheckoutSession.PaymentMethodOptions.Scalapay
        sepa_debit: CheckoutSession.PaymentMethodOptions.SepaDebit
        sequra: CheckoutSession.PaymentMethodOptions.Sequra
        sofort: CheckoutSession.PaymentMethodOptions.Sofort
        sunbit: CheckoutSession.PaymentMethodOptions.Sunbit
        swish: CheckoutSession.PaymentMethodOptions.Swish
        twint: CheckoutSession.PaymentMethodOptions.Twint
        upi: CheckoutSession.PaymentMethodOptions.Upi
        us_bank_account: CheckoutSession.PaymentMethodOptions.UsBankAccount
        wechat_pay: CheckoutSession.PaymentMethodOptions.WechatPay
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, acss_debit: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AcssDebit, _Mapping]] = ..., affirm: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Affirm, _Mapping]] = ..., afterpay_clearpay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AfterpayClearpay, _Mapping]] = ..., alipay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Alipay, _Mapping]] = ..., alma: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Alma, _Mapping]] = ..., amazon_pay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AmazonPay, _Mapping]] = ..., au_becs_debit: _Optional[_Union[CheckoutSession.PaymentMethodOptions.AuBecsDebit, _Mapping]] = ..., bacs_debit: _Optional[_Union[CheckoutSession.PaymentMethodOptions.BacsDebit, _Mapping]] = ..., bancontact: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Bancontact, _Mapping]] = ..., billie: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Billie, _Mapping]] = ..., boleto: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Boleto, _Mapping]] = ..., card: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Card, _Mapping]] = ..., cashapp: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Cashapp, _Mapping]] = ..., customer_balance: _Optional[_Union[CheckoutSession.PaymentMethodOptions.CustomerBalance, _Mapping]] = ..., eps: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Eps, _Mapping]] = ..., fpx: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Fpx, _Mapping]] = ..., giropay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Giropay, _Mapping]] = ..., grabpay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Grabpay, _Mapping]] = ..., ideal: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Ideal, _Mapping]] = ..., kakao_pay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.KakaoPay, _Mapping]] = ..., klarna: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Klarna, _Mapping]] = ..., konbini: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Konbini, _Mapping]] = ..., kr_card: _Optional[_Union[CheckoutSession.PaymentMethodOptions.KrCard, _Mapping]] = ..., link: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Link, _Mapping]] = ..., mobilepay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Mobilepay, _Mapping]] = ..., multibanco: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Multibanco, _Mapping]] = ..., naver_pay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.NaverPay, _Mapping]] = ..., oxxo: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Oxxo, _Mapping]] = ..., p24: _Optional[_Union[CheckoutSession.PaymentMethodOptions.P24, _Mapping]] = ..., payco: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payco, _Mapping]] = ..., paynow: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Paynow, _Mapping]] = ..., paypal: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Paypal, _Mapping]] = ..., payto: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Payto, _Mapping]] = ..., pix: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Pix, _Mapping]] = ..., revolut_pay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.RevolutPay, _Mapping]] = ..., samsung_pay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.SamsungPay, _Mapping]] = ..., satispay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Satispay, _Mapping]] = ..., scalapay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Scalapay, _Mapping]] = ..., sepa_debit: _Optional[_Union[CheckoutSession.PaymentMethodOptions.SepaDebit, _Mapping]] = ..., sequra: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Sequra, _Mapping]] = ..., sofort: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Sofort, _Mapping]] = ..., sunbit: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Sunbit, _Mapping]] = ..., swish: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Swish, _Mapping]] = ..., twint: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Twint, _Mapping]] = ..., upi: _Optional[_Union[CheckoutSession.PaymentMethodOptions.Upi, _Mapping]] = ..., us_bank_account: _Optional[_Union[CheckoutSession.PaymentMethodOptions.UsBankAccount, _Mapping]] = ..., wechat_pay: _Optional[_Union[CheckoutSession.PaymentMethodOptions.WechatPay, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class Permissions(_message.Message):
        __slots__ = ("update_shipping_details", "unmodeled_fields")
        class UpdateShippingDetails(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UPDATE_SHIPPING_DETAILS_UNSPECIFIED: _ClassVar[CheckoutSession.Permissions.UpdateShippingDetails]
            UPDATE_SHIPPING_DETAILS_CLIENT_ONLY: _ClassVar[CheckoutSession.Permissions.UpdateShippingDetails]
            UPDATE_SHIPPING_DETAILS_SERVER_ONLY: _ClassVar[CheckoutSession.Permissions.UpdateShippingDetails]
        UPDATE_SHIPPING_DETAILS_UNSPECIFIED: CheckoutSession.Permissions.UpdateShippingDetails
        UPDATE_SHIPPING_DETAILS_CLIENT_ONLY: CheckoutSession.Permissions.UpdateShippingDetails
        UPDATE_SHIPPING_DETAILS_SERVER_ONLY: CheckoutSession.Permissions.UpdateShippingDetails
        UPDATE_SHIPPING_DETAILS_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        update_shipping_details: CheckoutSession.Permissions.UpdateShippingDetails
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, update_shipping_details: _Optional[_Union[CheckoutSession.Permissions.UpdateShippingDetails, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class PhoneNumberCollection(_message.Message):
        __slots__ = ("enabled", "unmodeled_fields")
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, enabled: _Optional[bool] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class PresentmentDetails(_message.Message):
        __slots__ = ("presentment_amount", "presentment_currency", "unmodeled_fields")
        PRESENTMENT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        PRESENTMENT_CURRENCY_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        presentment_amount: int
        presentment_currency: str
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, presentment_amount: _Optional[int] = ..., presentment_currency: _Optional[str] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class SavedPaymentMethodOptions(_message.Message):
        __slots__ = ("allow_redisplay_filters", "payment_method_remove", "payment_method_save", "unmodeled_fields")
        class AllowRedisplayFilters(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ALLOW_REDISPLAY_FILTERS_UNSPECIFIED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters]
            ALLOW_REDISPLAY_FILTERS_ALWAYS: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters]
            ALLOW_REDISPLAY_FILTERS_LIMITED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters]
            ALLOW_REDISPLAY_FILTERS_UNSPECIFIED_VALUE: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters]
        ALLOW_REDISPLAY_FILTERS_UNSPECIFIED: CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters
        ALLOW_REDISPLAY_FILTERS_ALWAYS: CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters
        ALLOW_REDISPLAY_FILTERS_LIMITED: CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters
        ALLOW_REDISPLAY_FILTERS_UNSPECIFIED_VALUE: CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters
        class PaymentMethodRemove(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PAYMENT_METHOD_REMOVE_UNSPECIFIED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove]
            PAYMENT_METHOD_REMOVE_DISABLED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove]
            PAYMENT_METHOD_REMOVE_ENABLED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove]
        PAYMENT_METHOD_REMOVE_UNSPECIFIED: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove
        PAYMENT_METHOD_REMOVE_DISABLED: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove
        PAYMENT_METHOD_REMOVE_ENABLED: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove
        class PaymentMethodSave(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PAYMENT_METHOD_SAVE_UNSPECIFIED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave]
            PAYMENT_METHOD_SAVE_DISABLED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave]
            PAYMENT_METHOD_SAVE_ENABLED: _ClassVar[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave]
        PAYMENT_METHOD_SAVE_UNSPECIFIED: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave
        PAYMENT_METHOD_SAVE_DISABLED: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave
        PAYMENT_METHOD_SAVE_ENABLED: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave
        ALLOW_REDISPLAY_FILTERS_FIELD_NUMBER: _ClassVar[int]
        PAYMENT_METHOD_REMOVE_FIELD_NUMBER: _ClassVar[int]
        PAYMENT_METHOD_SAVE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        allow_redisplay_filters: _containers.RepeatedScalarFieldContainer[CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters]
        payment_method_remove: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove
        payment_method_save: CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, allow_redisplay_filters: _Optional[_Iterable[_Union[CheckoutSession.SavedPaymentMethodOptions.AllowRedisplayFilters, str]]] = ..., payment_method_remove: _Optional[_Union[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodRemove, str]] = ..., payment_method_save: _Optional[_Union[CheckoutSession.SavedPaymentMethodOptions.PaymentMethodSave, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class ShippingAddressCollection(_message.Message):
        __slots__ = ("allowed_countries", "unmodeled_fields")
        class AllowedCountries(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ALLOWED_COUNTRIES_UNSPECIFIED: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AD: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AQ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AX: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_AZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BB: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BD: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BJ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BQ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BV: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_BZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CD: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CV: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_CZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DJ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_DZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_EH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ER: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ES: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ET: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FJ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_FR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GB: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GD: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GP: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GQ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_GY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_HU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ID: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IQ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_IT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_JP: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_KZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LB: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LV: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_LY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MD: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ME: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ML: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MQ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MV: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MX: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_MZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NP: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_NZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_OM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_PY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_QA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_RW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SB: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SD: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SI: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SJ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ST: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SV: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SX: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_SZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TD: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TH: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TJ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TL: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TO: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TR: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TV: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_TZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_US: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UY: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_UZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VC: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VG: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VN: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_VU: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_WF: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_WS: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_XK: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_YE: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_YT: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZA: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZM: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZW: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
            ALLOWED_COUNTRIES_ZZ: _ClassVar[CheckoutSession.ShippingAddressCollection.AllowedCountries]
        ALLOWED_COUNTRIES_UNSPECIFIED: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AD: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AQ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AX: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_AZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BB: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BD: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BJ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BQ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BV: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_BZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CD: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CV: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_CZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DJ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_DZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_EH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ER: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ES: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ET: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FJ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GB: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GD: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GP: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GQ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_GY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_HU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ID: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IQ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_IT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_JP: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_KZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LB: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LV: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_LY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MD: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ME: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ML: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MQ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MV: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MX: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_MZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NP: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_NZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_OM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_PY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_QA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_RW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SB: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SD: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SI: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SJ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ST: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SV: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SX: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_SZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TD: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TH: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TJ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TL: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TO: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TR: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TV: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_TZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_US: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UY: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_UZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VC: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VG: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VN: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_VU: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_WF: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_WS: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_XK: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_YE: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_YT: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZA: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZM: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZW: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_ZZ: CheckoutSession.ShippingAddressCollection.AllowedCountries
        ALLOWED_COUNTRIES_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        allowed_countries: _containers.RepeatedScalarFieldContainer[CheckoutSession.ShippingAddressCollection.AllowedCountries]
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, allowed_countries: _Optional[_Iterable[_Union[CheckoutSession.ShippingAddressCollection.AllowedCountries, str]]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class ShippingCost(_message.Message):
        __slots__ = ("amount_subtotal", "amount_tax", "amount_total", "shipping_rate", "taxes", "unmodeled_fields")
        class Tax(_message.Message):
            __slots__ = ("amount", "rate", "taxability_reason", "taxable_amount", "unmodeled_fields")
            class TaxabilityReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                TAXABILITY_REASON_UNSPECIFIED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_CUSTOMER_EXEMPT: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_NOT_COLLECTING: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_NOT_SUBJECT_TO_TAX: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_NOT_SUPPORTED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_PORTION_PRODUCT_EXEMPT: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_PORTION_REDUCED_RATED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_PORTION_STANDARD_RATED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_PRODUCT_EXEMPT: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_PRODUCT_EXEMPT_HOLIDAY: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_PROPORTIONALLY_RATED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_REDUCED_RATED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_REVERSE_CHARGE: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_STANDARD_RATED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_TAXABLE_BASIS_REDUCED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
                TAXABILITY_REASON_ZERO_RATED: _ClassVar[CheckoutSession.ShippingCost.Tax.TaxabilityReason]
            TAXABILITY_REASON_UNSPECIFIED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_CUSTOMER_EXEMPT: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_NOT_COLLECTING: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_NOT_SUBJECT_TO_TAX: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_NOT_SUPPORTED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_PORTION_PRODUCT_EXEMPT: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_PORTION_REDUCED_RATED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_PORTION_STANDARD_RATED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_PRODUCT_EXEMPT: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_PRODUCT_EXEMPT_HOLIDAY: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_PROPORTIONALLY_RATED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_REDUCED_RATED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_REVERSE_CHARGE: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_STANDARD_RATED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_TAXABLE_BASIS_REDUCED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            TAXABILITY_REASON_ZERO_RATED: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            AMOUNT_FIELD_NUMBER: _ClassVar[int]
            RATE_FIELD_NUMBER: _ClassVar[int]
            TAXABILITY_REASON_FIELD_NUMBER: _ClassVar[int]
            TAXABLE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            amount: int
            rate: _tax_rate_pb2.TaxRate
            taxability_reason: CheckoutSession.ShippingCost.Tax.TaxabilityReason
            taxable_amount: int
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, amount: _Optional[int] = ..., rate: _Optional[_Union[_tax_rate_pb2.TaxRate, _Mapping]] = ..., taxability_reason: _Optional[_Union[CheckoutSession.ShippingCost.Tax.TaxabilityReason, str]] = ..., taxable_amount: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        AMOUNT_SUBTOTAL_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_TAX_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_TOTAL_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_RATE_FIELD_NUMBER: _ClassVar[int]
        TAXES_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        amount_subtotal: int
        amount_tax: int
        amount_total: int
        shipping_rate: _references_pb2.ShippingRate
        taxes: _containers.RepeatedCompositeFieldContainer[CheckoutSession.ShippingCost.Tax]
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, amount_subtotal: _Optional[int] = ..., amount_tax: _Optional[int] = ..., amount_total: _Optional[int] = ..., shipping_rate: _Optional[_Union[_references_pb2.ShippingRate, _Mapping]] = ..., taxes: _Optional[_Iterable[_Union[CheckoutSession.ShippingCost.Tax, _Mapping]]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class ShippingOption(_message.Message):
        __slots__ = ("shipping_amount", "shipping_rate", "unmodeled_fields")
        SHIPPING_AMOUNT_FIELD_NUMBER: _ClassVar[int]
        SHIPPING_RATE_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        shipping_amount: int
        shipping_rate: _references_pb2.ShippingRate
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, shipping_amount: _Optional[int] = ..., shipping_rate: _Optional[_Union[_references_pb2.ShippingRate, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class TaxIdCollection(_message.Message):
        __slots__ = ("enabled", "required", "unmodeled_fields")
        class Required(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            REQUIRED_UNSPECIFIED: _ClassVar[CheckoutSession.TaxIdCollection.Required]
            REQUIRED_IF_SUPPORTED: _ClassVar[CheckoutSession.TaxIdCollection.Required]
            REQUIRED_NEVER: _ClassVar[CheckoutSession.TaxIdCollection.Required]
        REQUIRED_UNSPECIFIED: CheckoutSession.TaxIdCollection.Required
        REQUIRED_IF_SUPPORTED: CheckoutSession.TaxIdCollection.Required
        REQUIRED_NEVER: CheckoutSession.TaxIdCollection.Required
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        REQUIRED_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        required: CheckoutSession.TaxIdCollection.Required
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, enabled: _Optional[bool] = ..., required: _Optional[_Union[CheckoutSession.TaxIdCollection.Required, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class TotalDetails(_message.Message):
        __slots__ = ("amount_discount", "amount_shipping", "amount_tax", "breakdown", "unmodeled_fields")
        class Breakdown(_message.Message):
            __slots__ = ("discounts", "taxes", "unmodeled_fields")
            class Discount(_message.Message):
                __slots__ = ("amount", "discount", "unmodeled_fields")
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                DISCOUNT_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                amount: int
                discount: _discount_pb2.Discount
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, amount: _Optional[int] = ..., discount: _Optional[_Union[_discount_pb2.Discount, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            class Tax(_message.Message):
                __slots__ = ("amount", "rate", "taxability_reason", "taxable_amount", "unmodeled_fields")
                class TaxabilityReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                    __slots__ = ()
                    TAXABILITY_REASON_UNSPECIFIED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_CUSTOMER_EXEMPT: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_NOT_COLLECTING: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_NOT_SUBJECT_TO_TAX: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_NOT_SUPPORTED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_PORTION_PRODUCT_EXEMPT: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_PORTION_REDUCED_RATED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_PORTION_STANDARD_RATED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_PRODUCT_EXEMPT: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_PRODUCT_EXEMPT_HOLIDAY: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_PROPORTIONALLY_RATED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_REDUCED_RATED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_REVERSE_CHARGE: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_STANDARD_RATED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_TAXABLE_BASIS_REDUCED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                    TAXABILITY_REASON_ZERO_RATED: _ClassVar[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason]
                TAXABILITY_REASON_UNSPECIFIED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_CUSTOMER_EXEMPT: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_NOT_COLLECTING: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_NOT_SUBJECT_TO_TAX: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_NOT_SUPPORTED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_PORTION_PRODUCT_EXEMPT: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_PORTION_REDUCED_RATED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_PORTION_STANDARD_RATED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_PRODUCT_EXEMPT: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_PRODUCT_EXEMPT_HOLIDAY: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_PROPORTIONALLY_RATED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_REDUCED_RATED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_REVERSE_CHARGE: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_STANDARD_RATED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_TAXABLE_BASIS_REDUCED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                TAXABILITY_REASON_ZERO_RATED: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                RATE_FIELD_NUMBER: _ClassVar[int]
                TAXABILITY_REASON_FIELD_NUMBER: _ClassVar[int]
                TAXABLE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
                UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
                amount: int
                rate: _tax_rate_pb2.TaxRate
                taxability_reason: CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason
                taxable_amount: int
                unmodeled_fields: _struct_pb2.Struct
                def __init__(self, amount: _Optional[int] = ..., rate: _Optional[_Union[_tax_rate_pb2.TaxRate, _Mapping]] = ..., taxability_reason: _Optional[_Union[CheckoutSession.TotalDetails.Breakdown.Tax.TaxabilityReason, str]] = ..., taxable_amount: _Optional[int] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
            DISCOUNTS_FIELD_NUMBER: _ClassVar[int]
            TAXES_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            discounts: _containers.RepeatedCompositeFieldContainer[CheckoutSession.TotalDetails.Breakdown.Discount]
            taxes: _containers.RepeatedCompositeFieldContainer[CheckoutSession.TotalDetails.Breakdown.Tax]
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, discounts: _Optional[_Iterable[_Union[CheckoutSession.TotalDetails.Breakdown.Discount, _Mapping]]] = ..., taxes: _Optional[_Iterable[_Union[CheckoutSession.TotalDetails.Breakdown.Tax, _Mapping]]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        AMOUNT_DISCOUNT_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_SHIPPING_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_TAX_FIELD_NUMBER: _ClassVar[int]
        BREAKDOWN_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        amount_discount: int
        amount_shipping: int
        amount_tax: int
        breakdown: CheckoutSession.TotalDetails.Breakdown
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, amount_discount: _Optional[int] = ..., amount_shipping: _Optional[int] = ..., amount_tax: _Optional[int] = ..., breakdown: _Optional[_Union[CheckoutSession.TotalDetails.Breakdown, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
    class WalletOptions(_message.Message):
        __slots__ = ("link", "unmodeled_fields")
        class Link(_message.Message):
            __slots__ = ("display", "unmodeled_fields")
            class Display(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                DISPLAY_UNSPECIFIED: _ClassVar[CheckoutSession.WalletOptions.Link.Display]
                DISPLAY_AUTO: _ClassVar[CheckoutSession.WalletOptions.Link.Display]
                DISPLAY_NEVER: _ClassVar[CheckoutSession.WalletOptions.Link.Display]
            DISPLAY_UNSPECIFIED: CheckoutSession.WalletOptions.Link.Display
            DISPLAY_AUTO: CheckoutSession.WalletOptions.Link.Display
            DISPLAY_NEVER: CheckoutSession.WalletOptions.Link.Display
            DISPLAY_FIELD_NUMBER: _ClassVar[int]
            UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
            display: CheckoutSession.WalletOptions.Link.Display
            unmodeled_fields: _struct_pb2.Struct
            def __init__(self, display: _Optional[_Union[CheckoutSession.WalletOptions.Link.Display, str]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
        LINK_FIELD_NUMBER: _ClassVar[int]
        UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
        link: CheckoutSession.WalletOptions.Link
        unmodeled_fields: _struct_pb2.Struct
        def __init__(self, link: _Optional[_Union[CheckoutSession.WalletOptions.Link, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
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
    AMOUNT_SUBTOTAL_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_TOTAL_FIELD_NUMBER: _ClassVar[int]
    AUTOMATIC_TAX_FIELD_NUMBER: _ClassVar[int]
    BILLING_ADDRESS_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    BRANDING_SETTINGS_FIELD_NUMBER: _ClassVar[int]
    CANCEL_URL_FIELD_NUMBER: _ClassVar[int]
    CLIENT_REFERENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    COLLECTED_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    CONSENT_FIELD_NUMBER: _ClassVar[int]
    CONSENT_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CONVERSION_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELDS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_TEXT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_CREATION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_DETAILS_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_EMAIL_FIELD_NUMBER: _ClassVar[int]
    DISCOUNTS_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_PAYMENT_METHOD_TYPES_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    INTEGRATION_IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    INVOICE_CREATION_FIELD_NUMBER: _ClassVar[int]
    LINE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    LIVEMODE_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    MANAGED_PAYMENTS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    NAME_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    OBJECT_FIELD_NUMBER: _ClassVar[int]
    OPTIONAL_ITEMS_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_CONTEXT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_INTENT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_LINK_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_CONFIGURATION_DETAILS_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_METHOD_TYPES_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_STATUS_FIELD_NUMBER: _ClassVar[int]
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    PHONE_NUMBER_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    PRESENTMENT_DETAILS_FIELD_NUMBER: _ClassVar[int]
    RECOVERED_FROM_FIELD_NUMBER: _ClassVar[int]
    REDIRECT_ON_COMPLETION_FIELD_NUMBER: _ClassVar[int]
    RETURN_URL_FIELD_NUMBER: _ClassVar[int]
    SAVED_PAYMENT_METHOD_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    SETUP_INTENT_FIELD_NUMBER: _ClassVar[int]
    SHIPPING_ADDRESS_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    SHIPPING_COST_FIELD_NUMBER: _ClassVar[int]
    SHIPPING_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_URL_FIELD_NUMBER: _ClassVar[int]
    TAX_ID_COLLECTION_FIELD_NUMBER: _ClassVar[int]
    TOTAL_DETAILS_FIELD_NUMBER: _ClassVar[int]
    UI_MODE_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    WALLET_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    UNMODELED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    adaptive_pricing: CheckoutSession.AdaptivePricing
    after_expiration: CheckoutSession.AfterExpiration
    allow_promotion_codes: bool
    allowed_payment_method_types: _containers.RepeatedScalarFieldContainer[str]
    amount_subtotal: int
    amount_total: int
    automatic_tax: CheckoutSession.AutomaticTax
    billing_address_collection: CheckoutSession.BillingAddressCollection
    branding_settings: CheckoutSession.BrandingSettings
    cancel_url: str
    client_reference_id: str
    client_secret: str
    collected_information: CheckoutSession.CollectedInformation
    consent: CheckoutSession.Consent
    consent_collection: CheckoutSession.ConsentCollection
    created: int
    currency: str
    currency_conversion: CheckoutSession.CurrencyConversion
    custom_fields: _containers.RepeatedCompositeFieldContainer[CheckoutSession.CustomField]
    custom_text: CheckoutSession.CustomText
    customer: _references_pb2.Customer
    customer_account: str
    customer_creation: CheckoutSession.CustomerCreation
    customer_details: CheckoutSession.CustomerDetails
    customer_email: str
    discounts: _containers.RepeatedCompositeFieldContainer[CheckoutSession.Discount]
    excluded_payment_method_types: _containers.RepeatedScalarFieldContainer[str]
    expires_at: int
    id: str
    integration_identifier: str
    invoice: _references_pb2.Invoice
    invoice_creation: CheckoutSession.InvoiceCreation
    line_items: _line_item_pb2.LineItemList
    livemode: bool
    locale: CheckoutSession.Locale
    managed_payments: CheckoutSession.ManagedPayments
    metadata: _containers.ScalarMap[str, str]
    mode: CheckoutSession.Mode
    name_collection: CheckoutSession.NameCollection
    object: str
    optional_items: _containers.RepeatedCompositeFieldContainer[CheckoutSession.OptionalItem]
    origin_context: CheckoutSession.OriginContext
    payment_intent: _references_pb2.PaymentIntent
    payment_link: _references_pb2.PaymentLink
    payment_method_collection: CheckoutSession.PaymentMethodCollection
    payment_method_configuration_details: CheckoutSession.PaymentMethodConfigurationDetails
    payment_method_options: CheckoutSession.PaymentMethodOptions
    payment_method_types: _containers.RepeatedScalarFieldContainer[str]
    payment_status: CheckoutSession.PaymentStatus
    permissions: CheckoutSession.Permissions
    phone_number_collection: CheckoutSession.PhoneNumberCollection
    presentment_details: CheckoutSession.PresentmentDetails
    recovered_from: str
    redirect_on_completion: CheckoutSession.RedirectOnCompletion
    return_url: str
    saved_payment_method_options: CheckoutSession.SavedPaymentMethodOptions
    setup_intent: _references_pb2.SetupIntent
    shipping_address_collection: CheckoutSession.ShippingAddressCollection
    shipping_cost: CheckoutSession.ShippingCost
    shipping_options: _containers.RepeatedCompositeFieldContainer[CheckoutSession.ShippingOption]
    status: CheckoutSession.Status
    submit_type: CheckoutSession.SubmitType
    subscription: _references_pb2.Subscription
    success_url: str
    tax_id_collection: CheckoutSession.TaxIdCollection
    total_details: CheckoutSession.TotalDetails
    ui_mode: CheckoutSession.UiMode
    url: str
    wallet_options: CheckoutSession.WalletOptions
    unmodeled_fields: _struct_pb2.Struct
    def __init__(self, adaptive_pricing: _Optional[_Union[CheckoutSession.AdaptivePricing, _Mapping]] = ..., after_expiration: _Optional[_Union[CheckoutSession.AfterExpiration, _Mapping]] = ..., allow_promotion_codes: _Optional[bool] = ..., allowed_payment_method_types: _Optional[_Iterable[str]] = ..., amount_subtotal: _Optional[int] = ..., amount_total: _Optional[int] = ..., automatic_tax: _Optional[_Union[CheckoutSession.AutomaticTax, _Mapping]] = ..., billing_address_collection: _Optional[_Union[CheckoutSession.BillingAddressCollection, str]] = ..., branding_settings: _Optional[_Union[CheckoutSession.BrandingSettings, _Mapping]] = ..., cancel_url: _Optional[str] = ..., client_reference_id: _Optional[str] = ..., client_secret: _Optional[str] = ..., collected_information: _Optional[_Union[CheckoutSession.CollectedInformation, _Mapping]] = ..., consent: _Optional[_Union[CheckoutSession.Consent, _Mapping]] = ..., consent_collection: _Optional[_Union[CheckoutSession.ConsentCollection, _Mapping]] = ..., created: _Optional[int] = ..., currency: _Optional[str] = ..., currency_conversion: _Optional[_Union[CheckoutSession.CurrencyConversion, _Mapping]] = ..., custom_fields: _Optional[_Iterable[_Union[CheckoutSession.CustomField, _Mapping]]] = ..., custom_text: _Optional[_Union[CheckoutSession.CustomText, _Mapping]] = ..., customer: _Optional[_Union[_references_pb2.Customer, _Mapping]] = ..., customer_account: _Optional[str] = ..., customer_creation: _Optional[_Union[CheckoutSession.CustomerCreation, str]] = ..., customer_details: _Optional[_Union[CheckoutSession.CustomerDetails, _Mapping]] = ..., customer_email: _Optional[str] = ..., discounts: _Optional[_Iterable[_Union[CheckoutSession.Discount, _Mapping]]] = ..., excluded_payment_method_types: _Optional[_Iterable[str]] = ..., expires_at: _Optional[int] = ..., id: _Optional[str] = ..., integration_identifier: _Optional[str] = ..., invoice: _Optional[_Union[_references_pb2.Invoice, _Mapping]] = ..., invoice_creation: _Optional[_Union[CheckoutSession.InvoiceCreation, _Mapping]] = ..., line_items: _Optional[_Union[_line_item_pb2.LineItemList, _Mapping]] = ..., livemode: _Optional[bool] = ..., locale: _Optional[_Union[CheckoutSession.Locale, str]] = ..., managed_payments: _Optional[_Union[CheckoutSession.ManagedPayments, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., mode: _Optional[_Union[CheckoutSession.Mode, str]] = ..., name_collection: _Optional[_Union[CheckoutSession.NameCollection, _Mapping]] = ..., object: _Optional[str] = ..., optional_items: _Optional[_Iterable[_Union[CheckoutSession.OptionalItem, _Mapping]]] = ..., origin_context: _Optional[_Union[CheckoutSession.OriginContext, str]] = ..., payment_intent: _Optional[_Union[_references_pb2.PaymentIntent, _Mapping]] = ..., payment_link: _Optional[_Union[_references_pb2.PaymentLink, _Mapping]] = ..., payment_method_collection: _Optional[_Union[CheckoutSession.PaymentMethodCollection, str]] = ..., payment_method_configuration_details: _Optional[_Union[CheckoutSession.PaymentMethodConfigurationDetails, _Mapping]] = ..., payment_method_options: _Optional[_Union[CheckoutSession.PaymentMethodOptions, _Mapping]] = ..., payment_method_types: _Optional[_Iterable[str]] = ..., payment_status: _Optional[_Union[CheckoutSession.PaymentStatus, str]] = ..., permissions: _Optional[_Union[CheckoutSession.Permissions, _Mapping]] = ..., phone_number_collection: _Optional[_Union[CheckoutSession.PhoneNumberCollection, _Mapping]] = ..., presentment_details: _Optional[_Union[CheckoutSession.PresentmentDetails, _Mapping]] = ..., recovered_from: _Optional[str] = ..., redirect_on_completion: _Optional[_Union[CheckoutSession.RedirectOnCompletion, str]] = ..., return_url: _Optional[str] = ..., saved_payment_method_options: _Optional[_Union[CheckoutSession.SavedPaymentMethodOptions, _Mapping]] = ..., setup_intent: _Optional[_Union[_references_pb2.SetupIntent, _Mapping]] = ..., shipping_address_collection: _Optional[_Union[CheckoutSession.ShippingAddressCollection, _Mapping]] = ..., shipping_cost: _Optional[_Union[CheckoutSession.ShippingCost, _Mapping]] = ..., shipping_options: _Optional[_Iterable[_Union[CheckoutSession.ShippingOption, _Mapping]]] = ..., status: _Optional[_Union[CheckoutSession.Status, str]] = ..., submit_type: _Optional[_Union[CheckoutSession.SubmitType, str]] = ..., subscription: _Optional[_Union[_references_pb2.Subscription, _Mapping]] = ..., success_url: _Optional[str] = ..., tax_id_collection: _Optional[_Union[CheckoutSession.TaxIdCollection, _Mapping]] = ..., total_details: _Optional[_Union[CheckoutSession.TotalDetails, _Mapping]] = ..., ui_mode: _Optional[_Union[CheckoutSession.UiMode, str]] = ..., url: _Optional[str] = ..., wallet_options: _Optional[_Union[CheckoutSession.WalletOptions, _Mapping]] = ..., unmodeled_fields: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...
