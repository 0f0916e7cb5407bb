package es.viogen.platform.control;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A complete, strict, bounded parse of a JSON document before any binder sees it.
 *
 * <p>Why: the JSON-B binder of the server (Yasson on Parsson) skips unknown properties with Parsson's
 * {@code skipArray}/{@code skipObject}, which loop forever on some malformed input such as {@code {"a":[1,2}}
 * (upstream parsson#23). Walking the document with {@link JsonParser#next()} never skips: every token is read, so a
 * malformed document fails here, in one pass, in time linear in its size. Only documents that pass reach the binder.
 *
 * <p>Refused: invalid UTF-8 (RFC 8259 §8.1 requires UTF-8), syntax errors, trailing content after the document,
 * nesting deeper than {@link #MAX_DEPTH}, and the NUL character in any string or name (PostgreSQL cannot store it,
 * and no text of this system may contain it). Type and range rules of each field are the request records' Bean
 * Validation constraints, not this class.
 */
public final class StrictJson {

    /** Deeper than any request record of the API (they nest at most four levels). */
    public static final int MAX_DEPTH = 32;

    /** Why a document was refused: a stable code and, where known, the character offset. */
    public record Refusal(Reason reason, long offset) {
    }

    public enum Reason { ENCODING, SYNTAX, DEPTH, NUL_CHARACTER, EMPTY }

    private StrictJson() {
    }

    /** Empty when {@code body} is a well-formed JSON document within the limits; the refusal otherwise. */
    public static Optional<Refusal> check(byte[] body) {
        if (!validUtf8(body)) {
            return Optional.of(new Refusal(Reason.ENCODING, -1));
        }
        Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
        int depth = 0;
        boolean any = false;
        try (JsonParser parser = JsonpProvider.JSON.createParser(reader)) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                any = true;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            return Optional.of(new Refusal(Reason.DEPTH, offset(parser)));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME, VALUE_STRING -> {
                        if (parser.getString().indexOf('\u0000') >= 0) {
                            return Optional.of(new Refusal(Reason.NUL_CHARACTER, offset(parser)));
                        }
                    }
                    default -> {
                        // numbers, booleans and null carry no text of their own
                    }
                }
            }
        } catch (JsonParsingException e) {
            long at = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
            return Optional.of(new Refusal(Reason.SYNTAX, at));
        } catch (RuntimeException e) {
            // any other refusal of the parser (e.g. its own depth or number limits) is a malformed document
            return Optional.of(new Refusal(Reason.SYNTAX, -1));
        }
        return any ? Optional.empty() : Optional.of(new Refusal(Reason.EMPTY, 0));
    }

    private static long offset(JsonParser parser) {
        return parser.getLocation() == null ? -1 : parser.getLocation().getStreamOffset();
    }

    private static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
