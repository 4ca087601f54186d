namespace Grid.Runtime.Tests.Grains;

[GenerateSerializer]
public sealed class BasketRejectedException : Exception
{
    public BasketRejectedException(string message)
        : base(message)
    {
    }

    public BasketRejectedException()
    {
    }

    public BasketRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
