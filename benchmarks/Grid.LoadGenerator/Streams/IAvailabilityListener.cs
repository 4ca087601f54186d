namespace Grid.LoadGenerator.Streams;

/// <summary>Who is told of each availability event a <see cref="ServerSentEventReader"/> reads.</summary>
internal interface IAvailabilityListener
{
    void OnAvailability(in AvailabilityFrame frame);
}
