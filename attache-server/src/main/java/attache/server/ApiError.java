package attache.server;

/** A request that fails with an HTTP status and a message saying what was wrong; answered as JSON. */
final class ApiError extends RuntimeException {

    private final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badParameter(String name, String value, String expected) {
        return new ApiError(400, "bad parameter '" + name + "': '" + value + "' (expected " + expected + ")");
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    int status() {
        return status;
    }
}
