/**
 * What pull connectors that store a system's JSON answers as their package (an envelope) share:
 * {@link org.kontingent.connector.support.envelope.ApiEnvelopes} makes an envelope, opens one
 * with its marker, version and lists checked, and reads the answers' fields. A package of its
 * own, so that a connector without such envelopes copies none of it (bnd copies whole packages).
 */
package org.kontingent.connector.support.envelope;
