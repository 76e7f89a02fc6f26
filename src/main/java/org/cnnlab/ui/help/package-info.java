/**
 * Help that is one key away (F1): what each screen is for and every keyboard shortcut, from one
 * catalogue that the window also registers its global keys from, so the sheet cannot drift from
 * what the keys really do.
 */
package org.cnnlab.ui.help;
