package es.viogen.platform.api;

/**
 * A message argument that is itself a text of the bundles (a record type, a status), resolved in the reader's
 * language when the message is formatted, so that no internal name («Case», «PENDING») reaches a person.
 */
public record TextKey(String key) {

    @Override
    public String toString() {
        return key;
    }
}
