namespace Grid.Contracts.Orders;

/// <summary>Why one candidate location was not chosen.</summary>
/// <param name="Location">The location.</param>
/// <param name="Reason"><c>not-in-channel</c>, <c>closed</c>, <c>missing-capability</c>, <c>no-capacity</c>, <c>excluded</c>, <c>insufficient-stock</c>, <c>not-nearest</c> or <c>not-the-pickup-store</c>.</param>
/// <param name="Detail">A readable explanation (for example which SKU fell short).</param>
public sealed record CandidateRejectionView(string Location, string Reason, string Detail);
