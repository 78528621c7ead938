using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>Reads YAML into JsonNodes; every scalar stays a string, which is all the schema keywords we read need.</summary>
internal static class YamlJson
{
    public static JsonNode Parse(string yaml) =>
        ToNode(new DeserializerBuilder().Build().Deserialize<object>(yaml))
        ?? throw new InvalidDataException("The YAML document is empty.");

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object> map => new JsonObject(map.Select(pair =>
            KeyValuePair.Create(Convert.ToString(pair.Key, System.Globalization.CultureInfo.InvariantCulture)!, ToNode(pair.Value)))),
        IList<object> list => new JsonArray([.. list.Select(ToNode)]),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
