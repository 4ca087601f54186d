using Grid.Api.Problems;
using Grid.Grains.Ids;
using Grid.Grains.Orders;
using Grid.Grains.Sourcing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Orders;

/// <summary>
/// The HTTP answer to each order rejection, with the grain's stable code: a caller's mistake is a 4xx, never a 5xx. A
/// rejection never carries another channel's order: <c>order_exists</c> says only that the id is taken.
/// </summary>
internal static class OrderProblems
{
    /// <summary>The extension listing why each candidate location lost (<c>not_sourceable</c>).</summary>
    public const string RejectionsKey = "rejections";

    /// <summary>The extension listing the nearest stores that could fill a pick-up order instead.</summary>
    public const string AlternativesKey = "alternatives";

    /// <summary>The problem for a rejected order operation; <paramref name="channel"/> is the caller's channel, null for ops.</summary>
    public static ProblemHttpResult From(OrderResult result, ChannelId? channel)
    {
        var error = result.Error;
        if (error == OrderError.NotSourceable && result.Order is { Plan: { } plan } order && (channel is null || order.Channel == channel))
        {
            return NotSourceable(plan, channel is not null, Explain(plan, result.Detail));
        }

        return ApiProblem.Of(StatusOf(error), error.ToCode(), DetailOf(result));
    }

    /// <summary>409 <c>not_sourceable</c> with the plan's rejections (and alternatives for a pick-up order).</summary>
    public static ProblemHttpResult NotSourceable(SourcingPlan plan, bool forChannel, string detail, string code = "not_sourceable", string? reason = null)
    {
        var problem = ApiProblem.Of(StatusCodes.Status409Conflict, code, detail);
        var extensions = problem.ProblemDetails.Extensions;
        if (reason is not null)
        {
            extensions["reason"] = reason;
        }

        extensions[RejectionsKey] = OrderViews.Rejections(plan, forChannel);
        extensions[AlternativesKey] = plan.Alternatives.Select(a => a.Value).ToList();
        return problem;
    }

    public static int StatusOf(OrderError error) => error switch
    {
        OrderError.InvalidOrder => StatusCodes.Status400BadRequest,
        OrderError.UnknownOrder or OrderError.UnknownChannel => StatusCodes.Status404NotFound,
        OrderError.IdempotencyKeyReused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>
    /// Why the order could not be sourced, in one sentence; the <c>rejections</c> extension has the detail. A plan that
    /// found no way gets the API's own sentence (the grain's lists the first candidates of any channel); a plan whose holds
    /// could not be committed keeps the grain's.
    /// </summary>
    public static string Explain(SourcingPlan plan, string? grainDetail) => plan.Outcome switch
    {
        SourcingOutcome.PickupUnavailable when plan.Alternatives.Count > 0 =>
            $"The pick-up store cannot fill the order; nearest stores that can: {string.Join(", ", plan.Alternatives)}.",
        SourcingOutcome.PickupUnavailable => "The pick-up store cannot fill the order, and no other store can.",
        SourcingOutcome.Rejected => "No location can fill the order; 'rejections' says why each candidate lost.",
        _ => grainDetail ?? "The order's holds could not become allocations.",
    };

    private static string DetailOf(OrderResult result) => result.Error switch
    {
        // The grain's sentence is fine for the caller's own order; for an id taken by another channel it must say nothing more.
        OrderError.OrderExists => "An order with this id exists; choose another id.",
        OrderError.UnknownOrder => "No order has this id.",
        _ => result.Detail ?? "The order operation was rejected.",
    };
}
