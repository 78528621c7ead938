using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// Seeded fuzzing of well-formed calls of every tool: one object at a random depth (the envelope, params, _meta, the
/// capabilities, the arguments, inside an argument) gets one of its keys written twice, with the same or another value.
/// Whatever the shape, the answer is a 4xx or a JSON-RPC answer, never a 500, nothing reaches Okta, and the server
/// serves on.
/// </summary>
public sealed class DuplicateKeyFuzzTests(BadInputServer fixture) : IClassFixture<BadInputServer>
{
    private const int Cases = 60;

    private static readonly (string Tool, JsonObject Arguments)[] Calls =
    [
        (GetSessionTool.Name, new JsonObject { ["sessionId"] = "102abc" }),
        (CloseSessionTool.Name, new JsonObject { ["sessionId"] = "102abc" }),
        (RefreshSessionTool.Name, new JsonObject { ["sessionId"] = "102abc" }),
        (CreateSessionTool.Name, new JsonObject { ["body"] = new JsonObject { ["sessionToken"] = "token" } }),
        (CreateAndRefreshSessionTool.Name, new JsonObject { ["sessionToken"] = "token" }),
    ];

    public static TheoryData<int, string> Seeds()
    {
        var data = new TheoryData<int, string>();
        for (var seed = 0; seed < Cases; seed++)
        {
            data.Add(seed, seed % 2 == 0 ? RawMcp.July2026 : "2025-11-25");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task CallWithOneKeyWrittenTwice_IsNever500AndNothingReachesOkta(int seed, string version)
    {
        var random = new Random(seed);
        var (tool, arguments) = Calls[random.Next(Calls.Length)];
        var message = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = seed,
            ["method"] = "tools/call",
            ["params"] = new JsonObject
            {
                ["name"] = tool,
                ["arguments"] = arguments.DeepClone(),
                ["_meta"] = version == RawMcp.July2026 ? RawMcp.Meta() : new JsonObject(),
            },
        };
        var objects = Objects(message).ToList();
        var target = objects[random.Next(objects.Count)];
        await fixture.ClearOktaCallsAsync();

        var answer = await fixture.Raw.PostAsync(WriteWithDuplicate(message, target, random), "tools/call", tool, version);

        Assert.True((int)answer.Status < 500, $"HTTP {(int)answer.Status}: {answer.Body}");
        Assert.True(answer.Error is not null || answer.IsToolError, $"HTTP {(int)answer.Status}: {answer.Body}");
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        if (node is JsonObject obj && obj.Count > 0)
        {
            yield return obj;
        }

        foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] })
        {
            foreach (var inner in Objects(child))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Writes the message as JSON, with one property of <paramref name="target"/> written a second time.</summary>
    private static string WriteWithDuplicate(JsonObject message, JsonObject target, Random random)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, message, target, random);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node, JsonObject target, Random random)
    {
        if (node is not JsonObject obj)
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }

            return;
        }

        var duplicate = ReferenceEquals(obj, target) ? random.Next(obj.Count) : -1;
        writer.WriteStartObject();
        var index = 0;
        foreach (var (key, value) in obj)
        {
            writer.WritePropertyName(key);
            Write(writer, value, target, random);
            if (index++ == duplicate)
            {
                writer.WritePropertyName(key);
                // The same value, or another of another kind: parsers that keep the first or the last disagree.
                Write(writer, random.Next(2) == 0 ? value : JsonValue.Create("other"), target, random);
            }
        }

        writer.WriteEndObject();
    }
}
