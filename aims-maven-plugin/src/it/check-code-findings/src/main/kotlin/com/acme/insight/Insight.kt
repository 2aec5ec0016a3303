package com.acme.insight

import dev.langchain4j.model.chat.ChatModel

/** A Kotlin class calling the chat model from a package no AI system lists: found in its class file. */
class Insight(private val model: ChatModel) {

    fun explain(text: String): String {
        val prompt = "Explain: $text"
        return model.chat(prompt)
    }
}
