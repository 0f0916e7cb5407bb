package es.viogen.platform.api;

public class RecordNotFound extends DomainException {

    public RecordNotFound(String recordType, Object id) {
        super("error.notFound", new TextKey("record." + recordType), String.valueOf(id));
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}
