namespace Grid.Runtime.Tests.Grains;

public enum PriceKind
{
    Regular,
    Promotion,
}
