using Grid.Api.Orders;
using Grid.Api.Problems;
using Grid.Grains.Carts;
using Grid.Grains.Ids;
using Grid.Grains.Orders;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Carts;

/// <summary>
/// The HTTP answer to each cart rejection, with the grain's stable code. A failed checkout is a 409
/// <c>checkout_failed</c> whose <c>reason</c> is the order's code (and, when not sourceable, the plan's rejections);
/// it never carries another channel's order.
/// </summary>
internal static class CartProblems
{
    public static ProblemHttpResult From(CartResult result, ChannelId channel)
    {
        if (result.Error == CartError.CheckoutFailed && result.Order is { } order)
        {
            var reason = order.Error.ToCode();
            if (order.Error == OrderError.NotSourceable && order.Order is { Plan: { } plan } placed && placed.Channel == channel)
            {
                return OrderProblems.NotSourceable(plan, forChannel: true, $"The order could not be placed: {OrderProblems.Explain(plan, order.Detail)}", "checkout_failed", reason);
            }

            var problem = ApiProblem.Of(StatusCodes.Status409Conflict, "checkout_failed", $"The order could not be placed ({reason}): {DetailOf(order)}");
            problem.ProblemDetails.Extensions["reason"] = reason;
            return problem;
        }

        return ApiProblem.Of(StatusOf(result.Error), result.Error.ToCode(), result.Error switch
        {
            CartError.UnknownCart => "No cart has this id.",
            _ => result.Detail ?? "The cart operation was rejected.",
        });
    }

    public static int StatusOf(CartError error) => error switch
    {
        CartError.InvalidCart => StatusCodes.Status400BadRequest,
        CartError.UnknownCart or CartError.UnknownChannel => StatusCodes.Status404NotFound,
        CartError.IdempotencyKeyReused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };

    private static string DetailOf(OrderResult order) => order.Error switch
    {
        OrderError.OrderExists => "an order with this id exists; choose another id.",
        _ => order.Detail ?? "the order was rejected.",
    };
}
