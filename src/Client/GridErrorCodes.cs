namespace Grid.Client;

/// <summary>
/// The stable <c>code</c>s of Grid's problem details, as <see cref="GridApiException.Code"/> carries them. Codes are
/// stable across versions; new ones may be added, so treat an unknown code by its HTTP status.
/// </summary>
public static class GridErrorCodes
{
    /// <summary>400: the request breaks a rule not covered by a more specific code.</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>401: no API key, or one that is not valid or was revoked.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>403: the key lacks the scope (channel, ops, admin) the endpoint needs.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>404: no such route or resource.</summary>
    public const string NotFound = "not_found";

    /// <summary>405: the route does not take this method.</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary>406: the response cannot be given in an accepted media type.</summary>
    public const string NotAcceptable = "not_acceptable";

    /// <summary>408: the request was not received in time.</summary>
    public const string RequestTimeout = "request_timeout";

    /// <summary>409: the request conflicts with the current state.</summary>
    public const string Conflict = "conflict";

    /// <summary>411: the request needs a Content-Length.</summary>
    public const string LengthRequired = "length_required";

    /// <summary>413: the request body is larger than the API takes.</summary>
    public const string PayloadTooLarge = "payload_too_large";

    /// <summary>414: the URI is too long.</summary>
    public const string UriTooLong = "uri_too_long";

    /// <summary>415: the body is not JSON.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>422: the request cannot be processed.</summary>
    public const string Unprocessable = "unprocessable";

    /// <summary>429: the key sent more requests than its rate limit allows; see <see cref="GridApiException.RetryAfter"/>.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>431: the request's headers are too large.</summary>
    public const string HeadersTooLarge = "headers_too_large";

    /// <summary>5xx: Grid could not complete the request.</summary>
    public const string InternalError = "internal_error";

    /// <summary>503: Grid is not available now.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>504: the request did not finish within the API's deadline.</summary>
    public const string Timeout = "timeout";

    /// <summary>400: a change was sent without an <c>Idempotency-Key</c> header.</summary>
    public const string MissingIdempotencyKey = "missing_idempotency_key";

    /// <summary>400: the <c>Idempotency-Key</c> is not 1 to 64 ASCII letters, digits and - _ . :</summary>
    public const string InvalidIdempotencyKey = "invalid_idempotency_key";

    /// <summary>422: the idempotency key was already used for a different request.</summary>
    public const string IdempotencyKeyReused = "idempotency_key_reused";

    /// <summary>409: the first request with this idempotency key is still running; retried by the client.</summary>
    public const string IdempotencyInProgress = "idempotency_in_progress";

    /// <summary>400: the SKU id is not valid.</summary>
    public const string InvalidSku = "invalid_sku";

    /// <summary>400: a location id or definition is not valid.</summary>
    public const string InvalidLocation = "invalid_location";

    /// <summary>404: the location is not defined, or does not feed the caller's channel.</summary>
    public const string UnknownLocation = "unknown_location";

    /// <summary>The location is closed to new orders.</summary>
    public const string LocationClosed = "location_closed";

    /// <summary>The location's order capacity for the day is used up.</summary>
    public const string LocationFull = "location_full";

    /// <summary>400: a channel id or definition is not valid.</summary>
    public const string InvalidChannel = "invalid_channel";

    /// <summary>404: the channel is not defined.</summary>
    public const string UnknownChannel = "unknown_channel";

    /// <summary>400: an API key request is not valid.</summary>
    public const string InvalidApiKey = "invalid_api_key";

    /// <summary>404: no API key has this id.</summary>
    public const string UnknownApiKey = "unknown_api_key";

    /// <summary>400: the reservation id is not valid for the caller's channel.</summary>
    public const string InvalidReservationId = "invalid_reservation_id";

    /// <summary>400: the order id is not valid.</summary>
    public const string InvalidOrderId = "invalid_order_id";

    /// <summary>400: a quantity or level is out of its bounds.</summary>
    public const string InvalidQuantity = "invalid_quantity";

    /// <summary>400: a hold is not 1 second to 30 days.</summary>
    public const string InvalidHold = "invalid_hold";

    /// <summary>400: an owner, reason or reference is not 1 to 128 printable characters.</summary>
    public const string InvalidText = "invalid_text";

    /// <summary>409: fewer units are available to sell than asked for.</summary>
    public const string InsufficientStock = "insufficient_stock";

    /// <summary>404: no open reservation has this id (never made, released or committed).</summary>
    public const string UnknownReservation = "unknown_reservation";

    /// <summary>410: the reservation's hold ran out first; its units went back to sale.</summary>
    public const string ReservationExpired = "reservation_expired";

    /// <summary>409: a reservation with this id exists.</summary>
    public const string ReservationExists = "reservation_exists";

    /// <summary>409: no allocation for this order, or smaller than asked.</summary>
    public const string UnknownAllocation = "unknown_allocation";

    /// <summary>404: no expected supply has this id, or less is expected than received.</summary>
    public const string UnknownInbound = "unknown_inbound";

    /// <summary>409: the transfer or supply id was already used with other terms.</summary>
    public const string DuplicateReference = "duplicate_reference";

    /// <summary>The order breaks a rule (lines, quantities, delivery details).</summary>
    public const string InvalidOrder = "invalid_order";

    /// <summary>No order has this id.</summary>
    public const string UnknownOrder = "unknown_order";

    /// <summary>The order was already placed by another request.</summary>
    public const string OrderExists = "order_exists";

    /// <summary>No location could fill the order, or the pick-up store cannot; see the problem's extensions.</summary>
    public const string NotSourceable = "not_sourceable";

    /// <summary>The order is not in a state that allows the operation.</summary>
    public const string InvalidTransition = "invalid_transition";

    /// <summary>The location has no part in this order, or does not accept returns.</summary>
    public const string WrongLocation = "wrong_location";

    /// <summary>More units returned than were fulfilled and not yet returned.</summary>
    public const string ReturnExceedsOrder = "return_exceeds_order";

    /// <summary>The cart request breaks a rule (quantity, too many lines).</summary>
    public const string InvalidCart = "invalid_cart";

    /// <summary>The cart has no lines yet.</summary>
    public const string UnknownCart = "unknown_cart";

    /// <summary>The cart was checked out.</summary>
    public const string CartClosed = "cart_closed";

    /// <summary>The checkout could not place its order.</summary>
    public const string CheckoutFailed = "checkout_failed";

    /// <summary>The customer profile breaks a rule.</summary>
    public const string InvalidCustomer = "invalid_customer";

    /// <summary>No customer has this id.</summary>
    public const string UnknownCustomer = "unknown_customer";

    /// <summary>The code of a status when the response carried none (a proxy's error page), as the API itself assigns them.</summary>
    internal static string OfStatus(int status) => status switch
    {
        400 => InvalidRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        408 => RequestTimeout,
        409 => Conflict,
        411 => LengthRequired,
        413 => PayloadTooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        422 => Unprocessable,
        429 => RateLimited,
        431 => HeadersTooLarge,
        503 => Unavailable,
        504 => Timeout,
        >= 500 => InternalError,
        _ => "error",
    };
}
