using Grid.Api.Problems;
using Grid.Grains.Inventory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Inventory;

/// <summary>The HTTP answer to each inventory rejection: a caller's mistake or a conflict with the stock, never a 5xx.</summary>
internal static class InventoryProblems
{
    private static readonly EncodedProblem[] Encoded = [.. Enum.GetValues<InventoryError>().Select(e => new EncodedProblem(StatusOf(e), e.ToCode(), DetailOf(e)))];

    /// <summary>The rejection's problem, encoded once per error (a sold-out SKU answers thousands of these a second).</summary>
    public static EncodedProblem From(InventoryError error) =>
        (uint)error < (uint)Encoded.Length ? Encoded[(int)error] : new EncodedProblem(StatusOf(error), error.ToCode(), DetailOf(error));

    /// <summary>The same problem through the problem details service, as every other Grid error is written.</summary>
    public static ProblemHttpResult Written(InventoryError error) => ApiProblem.Of(StatusOf(error), error.ToCode(), DetailOf(error));

    public static int StatusOf(InventoryError error) => error switch
    {
        InventoryError.InvalidQuantity or InventoryError.InvalidHold or InventoryError.InvalidText => StatusCodes.Status400BadRequest,
        InventoryError.UnknownReservation or InventoryError.UnknownInbound => StatusCodes.Status404NotFound,
        InventoryError.ReservationExpired => StatusCodes.Status410Gone,
        InventoryError.IdempotencyKeyReused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };

    private static string DetailOf(InventoryError error) => error switch
    {
        InventoryError.InvalidQuantity => $"A quantity is 1 to {InventoryLimits.MaxQuantity:N0} (a level or safety stock 0 to its bound).",
        InventoryError.InsufficientStock => "Fewer units are available to sell than asked for.",
        InventoryError.UnknownReservation => "No open reservation has this id (never made, released or committed).",
        InventoryError.ReservationExpired => "The reservation's hold ran out first; its units went back to sale.",
        InventoryError.ReservationExists => "A reservation with this id exists.",
        InventoryError.UnknownAllocation => "No allocation for this order, or smaller than asked.",
        InventoryError.IdempotencyKeyReused => "The idempotency key was already used for a different request.",
        InventoryError.InvalidHold => "A hold is 1 second to 30 days.",
        InventoryError.UnknownInbound => "No expected supply has this id, or less is expected than received.",
        InventoryError.DuplicateReference => "This transfer or supply id was already used with other terms.",
        InventoryError.InvalidText => $"Owner, reason and reference are 1 to {InventoryLimits.MaxTextLength} printable characters.",
        _ => "The change was rejected.",
    };
}
