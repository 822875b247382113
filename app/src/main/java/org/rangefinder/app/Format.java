package org.rangefinder.app;

/** Output formats of the commands. */
enum Format {
    text, json, csv, markdown
}
