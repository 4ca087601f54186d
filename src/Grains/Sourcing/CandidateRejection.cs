using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>Why one candidate location lost, with a readable detail (for example which SKU fell short).</summary>
[GenerateSerializer]
public sealed record CandidateRejection(LocationId Location, RejectionReason Reason, string Detail);
