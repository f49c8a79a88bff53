package com.managedmrr.web.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enum values on the wire are their exact upper-case names. */
final class JsonEnums {

    private JsonEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String fieldName, String raw) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" or "));
        throw JsonFields.problem(fieldName, "must be " + allowed);
    }
}
