/**
 * The Excel connector: workbooks filled in by hand, read as a stream, and their blank templates.
 * Nothing here is exported; the gateway finds the format and the templates as services.
 */
@Plugin(kind = "connector", id = "kontingent-connector-excel", name = "Excel (ручная загрузка)")
package org.kontingent.connector.excel.internal;

import org.kontingent.platform.api.Plugin;
