package se.paragraf.workflow.service;

/** A new account's login, to print once ({@code serve} on first start). */
public record Credentials(String organKey, String username, String password) {}
