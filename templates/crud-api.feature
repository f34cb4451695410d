# template: crud-api — records kept by a key: created, read, updated, deleted, with the requests that are refused
# specloop's offline generator writes it: `specloop run` synthesises one class keeping the records in a Map (key to
# text; methods: add, rename, remove) and turns it green. Keep a refusal whose message names the missing key, and a
# scenario for each command, or the generator says which scenario would decide what is left open.
Feature: {{name}}
  Books are kept by their ISBN: added, renamed, looked up and removed.

  Background:
    Given the catalogue has the book "978-0441013593" titled "Dune"

  Rule: a title is 1 to 200 characters

    Scenario Outline: renaming a book
      When the book "978-0441013593" is renamed "<title>"
      Then the book "978-0441013593" is titled "<title>"

      Examples: the shortest and a long title
        | title                     |
        | D                         |
        | Dune: the director's book |

  Rule: only a book in the catalogue is changed

    Scenario: adding a book
      When the book "978-0553293357" titled "Foundation" is added
      Then the book "978-0553293357" is titled "Foundation"
      And the book "978-0441013593" is titled "Dune"

    Scenario: removing a book
      When the book "978-0441013593" is removed
      Then the catalogue has no book "978-0441013593"

    Scenario: renaming a book the catalogue does not have is refused
      When the book "978-0000000000" is renamed "Nothing"
      Then the request is refused with "no book 978-0000000000 in the catalogue"
      And the book "978-0441013593" is titled "Dune"
