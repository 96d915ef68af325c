package io.medli.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Checks a JSON document against the parts of JSON Schema that bench-1.schema.json uses (type,
 * required, properties, additionalProperties, items, minItems, $ref into $defs, const, enum,
 * minimum, maximum, pattern); every violation is listed with its path.
 */
final class SchemaCheck {
    private final JsonObject root;
    final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonObject root) {
        this.root = root;
    }

    static List<String> check(String schema, String json) {
        SchemaCheck c = new SchemaCheck(JsonParser.parseString(schema).getAsJsonObject());
        c.check(c.root, JsonParser.parseString(json), "$");
        return c.problems;
    }

    private void check(JsonObject schema, JsonElement v, String path) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").getAsString();
            if (!ref.startsWith("#/$defs/")) throw new IllegalArgumentException("unsupported $ref " + ref);
            check(root.getAsJsonObject("$defs").getAsJsonObject(ref.substring(8)), v, path);
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(v)) problems.add(path + ": " + v + " is not " + schema.get("const"));
        if (schema.has("enum") && !schema.getAsJsonArray("enum").contains(v)) problems.add(path + ": " + v + " is not one of " + schema.get("enum"));
        if (schema.has("type") && !is(schema.get("type").getAsString(), v)) {
            problems.add(path + ": " + v + " is not of type " + schema.get("type").getAsString());
            return;
        }
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            double d = v.getAsDouble();
            if (schema.has("minimum") && d < schema.get("minimum").getAsDouble()) problems.add(path + ": " + d + " < " + schema.get("minimum"));
            if (schema.has("maximum") && d > schema.get("maximum").getAsDouble()) problems.add(path + ": " + d + " > " + schema.get("maximum"));
        }
        if (schema.has("pattern") && v.isJsonPrimitive() && !Pattern.compile(schema.get("pattern").getAsString()).matcher(v.getAsString()).find()) {
            problems.add(path + ": " + v + " does not match " + schema.get("pattern"));
        }
        if (v.isJsonObject()) {
            JsonObject o = v.getAsJsonObject();
            if (schema.has("required")) {
                for (JsonElement r : schema.getAsJsonArray("required")) if (!o.has(r.getAsString())) problems.add(path + ": no " + r.getAsString());
            }
            JsonObject props = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                if (props.has(e.getKey())) check(props.getAsJsonObject(e.getKey()), e.getValue(), path + "." + e.getKey());
                else if (schema.has("additionalProperties")) check(schema.getAsJsonObject("additionalProperties"), e.getValue(), path + "." + e.getKey());
                else if (schema.has("properties")) problems.add(path + ": " + e.getKey() + " is not in the schema");
            }
        }
        if (v.isJsonArray()) {
            JsonArray a = v.getAsJsonArray();
            if (schema.has("minItems") && a.size() < schema.get("minItems").getAsInt()) problems.add(path + ": fewer than " + schema.get("minItems") + " items");
            if (schema.has("items")) for (int i = 0; i < a.size(); i++) check(schema.getAsJsonObject("items"), a.get(i), path + "[" + i + "]");
        }
    }

    private static boolean is(String type, JsonElement v) {
        return switch (type) {
            case "object" -> v.isJsonObject();
            case "array" -> v.isJsonArray();
            case "string" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
            case "boolean" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean();
            case "number" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber();
            case "integer" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() && isWhole(v.getAsJsonPrimitive());
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }

    private static boolean isWhole(JsonPrimitive p) {
        double d = p.getAsDouble();
        return d == Math.rint(d) && !Double.isInfinite(d);
    }
}
