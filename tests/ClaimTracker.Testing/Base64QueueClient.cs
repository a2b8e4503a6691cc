using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace ClaimTracker.Testing;

/// <summary>
/// Reads a queue without the SDK's decoding and decodes Base64 itself, exactly as the Functions
/// and WebJobs queue triggers do: a message the triggers could not read fails here too.
/// </summary>
public sealed class Base64QueueClient(string connectionString, string queueName)
{
    private readonly QueueClient _raw = new(connectionString, queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    /// <summary>Takes every visible message off the queue, decoded, in arrival order.</summary>
    public async Task<IReadOnlyList<string>> DrainAsync()
    {
        var drained = new List<string>();
        while (true)
        {
            QueueMessage[] batch = await _raw.ReceiveMessagesAsync(maxMessages: 32);
            if (batch.Length == 0)
            {
                return drained;
            }
            foreach (var message in batch)
            {
                drained.Add(Encoding.UTF8.GetString(Convert.FromBase64String(message.MessageText)));
                await _raw.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    /// <summary>Takes the message at the head of the queue, decoded, or null when it is empty: one consumer taking its turn.</summary>
    public async Task<string?> ReceiveOneAsync()
    {
        QueueMessage[] batch = await _raw.ReceiveMessagesAsync(maxMessages: 1);
        if (batch.Length == 0)
        {
            return null;
        }
        await _raw.DeleteMessageAsync(batch[0].MessageId, batch[0].PopReceipt);
        return Encoding.UTF8.GetString(Convert.FromBase64String(batch[0].MessageText));
    }

    public async Task SendAsync(string text) =>
        await _raw.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
}
