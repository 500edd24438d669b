using Nop.Plugin.Misc.AmazonChannel.Services;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Plugin;

public class ExceptionLogTextTests
{
    [Test]
    public void NamesTheTypes_AndTheStack_NeverTheMessages()
    {
        Exception caught;
        try
        {
            try
            {
                throw new InvalidOperationException("duplicate key (email)=(jane.doe@marketplace.amazon.com)");
            }
            catch (InvalidOperationException inner)
            {
                throw new AggregateException("wrapped for buyer Jane Doe", inner);
            }
        }
        catch (AggregateException exception)
        {
            caught = exception;
        }

        var text = ExceptionLogText.Of(caught);

        Assert.That(text, Does.StartWith(" (AggregateException <- InvalidOperationException)"));
        Assert.That(text, Does.Contain(nameof(NamesTheTypes_AndTheStack_NeverTheMessages)), "the stack trace says where");
        Assert.That(text, Does.Not.Contain("jane.doe").And.Not.Contain("Jane Doe"));
    }
}
