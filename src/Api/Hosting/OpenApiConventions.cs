using Grid.Api.Access;
using Grid.Api.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Grid.Api.Hosting;

/// <summary>Describes in the OpenAPI document what the pipeline asks of callers: the API key and the Idempotency-Key header.</summary>
internal static class OpenApiConventions
{
    private const string SchemeName = "ApiKey";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Grid",
                Version = "v1",
                Description = "Real-time inventory and orders for channel backends and ops. Errors are RFC 7807 problem details with a stable `code`.",
            };
            // The document is the same wherever it is served (and committed as docs/openapi.json): no server addresses.
            document.Servers?.Clear();
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = $"A Grid API key (grid_...), as Authorization: Bearer or {ApiKeyMiddleware.HeaderName}.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IdempotentAttribute>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyMiddleware.HeaderName,
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "1 to 64 ASCII letters, digits and - _ . : — the same key and body replay the first response; another body is a 422.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64 },
                });
            }

            if (metadata.OfType<ScopeRequirement>().FirstOrDefault() is { } scope)
            {
                operation.Description = $"Needs a key with the {scope.Name} scope.";
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
            }

            return Task.CompletedTask;
        });
    }
}
