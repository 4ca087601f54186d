using Microsoft.Extensions.Options;

namespace Grid.Api.Streams;

internal sealed class AvailabilityStreamOptionsValidator : IValidateOptions<AvailabilityStreamOptions>
{
    public ValidateOptionsResult Validate(string? name, AvailabilityStreamOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
