namespace Nop.Services.Events;

/// <summary>Consumer of events of type <typeparamref name="T"/>.</summary>
public partial interface IConsumer<T>
{
    Task HandleEventAsync(T eventMessage);
}
