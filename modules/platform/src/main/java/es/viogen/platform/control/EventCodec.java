package es.viogen.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** An event record to JSON and back (JSON-B), as stored in a publication's payload. */
public final class EventCodec {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private EventCodec() {
    }

    public static String write(Record event) {
        return JSONB.toJson(event);
    }

    public static <E> E read(String json, Class<E> type) {
        return JSONB.fromJson(json, type);
    }
}
