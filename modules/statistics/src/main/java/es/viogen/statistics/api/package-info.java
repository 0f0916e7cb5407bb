/** Nothing is published yet: the statistics are read on their page and over REST. */
package es.viogen.statistics.api;
