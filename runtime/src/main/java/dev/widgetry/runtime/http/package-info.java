/**
 * Action requests over HTTP on the JDK's built-in server, with no framework: {@link
 * dev.widgetry.runtime.http.ActionEndpoint} mounts an {@link dev.widgetry.runtime.ActionDispatcher}
 * at a path, and {@link dev.widgetry.runtime.http.ActionServers} creates a server with worker
 * threads for it.
 */
package dev.widgetry.runtime.http;
