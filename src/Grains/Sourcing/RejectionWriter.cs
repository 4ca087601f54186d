using System.Globalization;
using Grid.Grains.Channels;

namespace Grid.Grains.Sourcing;

/// <summary>
/// Writes a plan's rejections in the order the locations were given, one per location without a leg. Details that do
/// not name the location are shared between rejections, so a thousand losers cost a thousand small records, not a
/// thousand strings.
/// </summary>
internal sealed class RejectionWriter
{
    private const int NamedSkuLimit = 10;
    private const string ClosedDetail = "Closed to new orders.";
    private const string CannotShipDetail = "Cannot ship orders (no ship-from capability).";
    private const string CannotHandOverDetail = "Cannot hand over pick-up orders (no pick-up capability).";
    private const string ExcludedDetail = "Excluded: an earlier attempt of this order failed here.";
    private const string ShortPrefix = "Short of ";
    private const string ShortSuffix = " after channel safety stock.";

    private readonly CandidateTable _table;
    private readonly SourcingRequest _request;
    private readonly ChannelProfile _channel;
    private readonly CandidateRejection[] _rejections;
    private Dictionary<ulong, string>? _shortDetails;
    private string? _notInChannelDetail;
    private string? _noCapacityDetail;
    private int _count;

    public RejectionWriter(CandidateTable table, SourcingRequest request, ChannelProfile channel, int legs)
    {
        _table = table;
        _request = request;
        _channel = channel;
        _rejections = new CandidateRejection[table.LocationCount - legs];
    }

    /// <summary>Records the filter that removed location <paramref name="index"/>.</summary>
    public void AddFiltered(int index)
    {
        var reason = _table.FilterReason(index);
        var detail = reason switch
        {
            RejectionReason.NotInChannel => _notInChannelDetail ??= $"Not one of channel {_channel.Id}'s locations.",
            RejectionReason.Closed => ClosedDetail,
            RejectionReason.MissingCapability => _request.Method == DeliveryMethod.Pickup ? CannotHandOverDetail : CannotShipDetail,
            RejectionReason.NoCapacity => _noCapacityDetail ??= string.Create(CultureInfo.InvariantCulture, $"Its order capacity for {_request.Today:yyyy-MM-dd} is used up."),
            _ => ExcludedDetail,
        };
        Add(index, reason, detail);
    }

    /// <summary>Records that candidate <paramref name="candidate"/> lacks units, naming the SKUs it is short of.</summary>
    public void AddShort(int candidate)
    {
        string detail;
        if (_table.LineCount <= 64)
        {
            var mask = _table.ShortMask(candidate);
            _shortDetails ??= [];
            if (!_shortDetails.TryGetValue(mask, out detail!))
            {
                detail = ShortDetail(candidate);
                _shortDetails.Add(mask, detail);
            }
        }
        else
        {
            detail = ShortDetail(candidate);
        }

        Add(_table.CandidateIndex(candidate), RejectionReason.InsufficientStock, detail);
    }

    /// <summary>Records a rejection with its own reason and detail.</summary>
    public void Add(int index, RejectionReason reason, string detail) =>
        _rejections[_count++] = new CandidateRejection(_table.Location(index).Profile.Id, reason, detail);

    /// <summary>The rejections written, in location order.</summary>
    public CandidateRejection[] ToArray() =>
        _count == _rejections.Length ? _rejections : throw new InvalidOperationException($"Wrote {_count} rejections for {_rejections.Length} locations without a leg.");

    private string ShortDetail(int candidate)
    {
        // Names the first few SKUs short; sized first, so the detail costs one string and no builder.
        var shortLines = 0;
        var length = ShortPrefix.Length + ShortSuffix.Length;
        for (var j = 0; j < _table.LineCount; j++)
        {
            if (_table.Usable(candidate, j) < _table.Quantity(j) && ++shortLines <= NamedSkuLimit)
            {
                length += _table.Lines[j].Sku.Value.Length + (shortLines > 1 ? 2 : 0);
            }
        }

        var more = shortLines > NamedSkuLimit ? string.Create(CultureInfo.InvariantCulture, $" and {shortLines - NamedSkuLimit} more SKUs") : string.Empty;
        return string.Create(length + more.Length, (this, candidate, more), static (text, state) =>
        {
            var (writer, candidate, more) = state;
            var table = writer._table;
            ShortPrefix.CopyTo(text);
            var at = ShortPrefix.Length;
            var named = 0;
            for (var j = 0; j < table.LineCount && named < NamedSkuLimit; j++)
            {
                if (table.Usable(candidate, j) < table.Quantity(j))
                {
                    if (named++ > 0)
                    {
                        ", ".CopyTo(text[at..]);
                        at += 2;
                    }

                    var sku = table.Lines[j].Sku.Value;
                    sku.CopyTo(text[at..]);
                    at += sku.Length;
                }
            }

            more.CopyTo(text[at..]);
            ShortSuffix.CopyTo(text[(at + more.Length)..]);
        });
    }
}
