package org.kontingent.platform.api.rest;

/**
 * Names shared by the platform's JAX-RS whiteboard resources. A resource bundle registers its
 * DS component with {@code osgi.jaxrs.resource=true}, selects the platform's JSON provider and
 * its security filter, and declares each method's access rule:
 * <pre>
 * &#64;Component(service = MyResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsExtensionSelect({RestApi.JSON_EXTENSION_FILTER, RestApi.SECURITY_EXTENSION_FILTER})
 * &#64;Path(RestApi.BASE + "/my-things")
 * public class MyResource {
 *     &#64;GET
 *     &#64;Allowed(Permission.READ_REGISTRY)
 *     public List&lt;Thing&gt; things(&#64;Context SecurityContext security) { ... }
 * }
 * </pre>
 * Selecting the security filter makes the resource wait for it: without the security bundle
 * the resource is not served at all, rather than served to anyone.
 */
public final class RestApi {
    /** The prefix of every versioned endpoint. */
    public static final String BASE = "/api/v1";
    /** {@code osgi.jaxrs.name} of the platform's Jackson provider. */
    public static final String JSON_EXTENSION_NAME = "kontingent.json";
    /** Filter that selects the platform's Jackson provider; resources wait until it is there. */
    public static final String JSON_EXTENSION_FILTER = "(osgi.jaxrs.name=" + JSON_EXTENSION_NAME + ")";

    /** {@code osgi.jaxrs.name} of the platform's security filter (sign-in, access rules, journal of refusals). */
    public static final String SECURITY_EXTENSION_NAME = "kontingent.security";
    /** Filter that selects the platform's security filter; resources wait until it is there. */
    public static final String SECURITY_EXTENSION_FILTER = "(osgi.jaxrs.name=" + SECURITY_EXTENSION_NAME + ")";

    private RestApi() {
    }
}
