package com.acme.ai;

import com.microsoft.semantickernel.semanticfunctions.annotations.DefineKernelFunction;

public class BookingPlugin {
    @DefineKernelFunction(name = "book", description = "books a table")
    public String book(String day) {
        return "booked " + day;
    }
}
