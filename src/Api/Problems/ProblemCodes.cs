using Microsoft.AspNetCore.Http;

namespace Grid.Api.Problems;

/// <summary>
/// Gives every problem response a <c>code</c>: problems written by the framework (a body that is not JSON, an unknown
/// route, a wrong method, a body too large) get the code of their status.
/// </summary>
internal static class ProblemCodes
{
    public static void Customize(Microsoft.AspNetCore.Http.ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!problem.Extensions.ContainsKey(ApiProblem.CodeKey))
        {
            problem.Extensions[ApiProblem.CodeKey] = ApiProblem.CodeOf(status);
        }

        if (context.Exception is BadHttpRequestException bad)
        {
            // The framework's message is about the request (which parameter, which JSON path), never about Grid's insides.
            problem.Detail = bad.InnerException is System.Text.Json.JsonException json
                ? $"{bad.Message} {json.Message}"
                : bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal) ? "This request needs a JSON body." : bad.Message;
        }

        if (status >= StatusCodes.Status500InternalServerError)
        {
            // Never echo an exception's text to a caller.
            problem.Detail = status == StatusCodes.Status504GatewayTimeout ? "The request did not finish in time." : "Grid could not complete the request.";
        }

        problem.Extensions.Remove("exception");
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }
}
