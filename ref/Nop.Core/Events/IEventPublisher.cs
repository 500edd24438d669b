namespace Nop.Core.Events;

/// <summary>Publishes events to their consumers.</summary>
public partial interface IEventPublisher
{
    Task PublishAsync<TEvent>(TEvent @event);

    void Publish<TEvent>(TEvent @event);
}
