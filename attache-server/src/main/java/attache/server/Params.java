package attache.server;

import attache.model.Modality;
import attache.model.Plover;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Typed reads of a request's query parameters; a value that does not parse is a 400 naming the parameter. */
final class Params {

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameter's value, or empty when it is absent or blank. */
    Optional<String> text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** An actor code prefix, upper-cased. */
    String code(String name) {
        return text(name).map(v -> v.toUpperCase(Locale.ROOT)).orElse(null);
    }

    LocalDate date(String name) {
        return text(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiError.badParameter(name, v, "a date YYYY-MM-DD");
            }
        }).orElse(null);
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < min || n > max) {
                throw ApiError.badParameter(name, value.get(), "an integer from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badParameter(name, value.get(), "an integer from " + min + " to " + max);
        }
    }

    Boolean bool(String name) {
        return text(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiError.badParameter(name, v, "true or false");
        }).orElse(null);
    }

    Plover plover(String name) {
        return text(name).map(v -> Plover.parse(v)
                .orElseThrow(() -> ApiError.badParameter(name, v, "a PLOVER type such as CONSULT"))).orElse(null);
    }

    Modality modality(String name) {
        return text(name).map(v -> {
            for (Modality m : Modality.values()) {
                if (m.label().equalsIgnoreCase(v)) {
                    return m;
                }
            }
            throw ApiError.badParameter(name, v, "asserted, reported, planned or hypothetical");
        }).orElse(null);
    }

    /** Checks that a date range does not end before it starts. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ApiError(400, "bad parameters 'from'/'to': the range ends (" + to + ") before it starts ("
                    + from + ")");
        }
    }
}
