/**
 * Lessons: Markdown files in the {@code lessons/} folder turned into a plain document model
 * (headings, paragraphs, lists, code, pictures, exercises) that any front end can render, with
 * exercises that check a student's answer.
 */
package org.cnnlab.lessons;
