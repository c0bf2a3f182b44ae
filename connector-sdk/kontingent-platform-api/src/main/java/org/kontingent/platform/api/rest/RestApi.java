package org.kontingent.platform.api.rest;

/**
 * Names shared by the platform's JAX-RS whiteboard resources. A resource bundle registers its
 * DS component with {@code osgi.jaxrs.resource=true} and selects the platform's JSON provider:
 * <pre>
 * &#64;Component(service = MyResource.class, property = {
 *         "osgi.jaxrs.resource=true",
 *         "osgi.jaxrs.extension.select=" + RestApi.JSON_EXTENSION_FILTER })
 * &#64;Path(RestApi.BASE + "/my-things")
 * </pre>
 */
public final class RestApi {
    /** The prefix of every versioned endpoint. */
    public static final String BASE = "/api/v1";
    /** {@code osgi.jaxrs.name} of the platform's Jackson provider. */
    public static final String JSON_EXTENSION_NAME = "kontingent.json";
    /** Filter that selects the platform's Jackson provider; resources wait until it is there. */
    public static final String JSON_EXTENSION_FILTER = "(osgi.jaxrs.name=" + JSON_EXTENSION_NAME + ")";

    private RestApi() {
    }
}
