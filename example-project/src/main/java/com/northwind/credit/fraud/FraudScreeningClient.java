package com.northwind.credit.fraud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.credit.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Client of the embedded fraud screening service (AIMS system fraud-screening, supplier Sentinel Risk Services).
 * When the service is unavailable the application is held, never waved through (risk R-07).
 */
public final class FraudScreeningClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final int holdThreshold;

    public FraudScreeningClient(HttpClient http, URI endpoint, String apiKey, int holdThreshold) {
        this.http = http;
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.holdThreshold = holdThreshold;
    }

    public FraudSignal screen(Application application) {
        try {
            String body = JSON.writeValueAsString(Map.of(
                    "reference", application.applicationId(),
                    "monthsAtAddress", application.monthsAtAddress()));
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(3))
                    .header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new FraudSignal(-1, true);
            }
            JsonNode result = JSON.readTree(response.body());
            int score = result.path("score").asInt(-1);
            return new FraudSignal(score, score < 0 || score >= holdThreshold);
        } catch (IOException e) {
            return new FraudSignal(-1, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FraudSignal(-1, true);
        }
    }
}
