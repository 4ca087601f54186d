namespace Grid.Runtime;

/// <summary>Gets references to grains. A reference is cheap; the grain activates on its first call.</summary>
public interface IGrainFactory
{
    /// <summary>Gets a typed reference to the grain with this key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
