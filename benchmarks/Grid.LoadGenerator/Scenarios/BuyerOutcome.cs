namespace Grid.LoadGenerator.Scenarios;

/// <summary>What one reservation attempt came to.</summary>
internal enum BuyerOutcome
{
    Accepted,
    SoldOut,
    Rejected,
}
