Feature: Reading time of an article
  Readers manage 200 words a minute. The reading time is the number of words
  divided by 200, rounded up to whole minutes, and at least 1 minute. Articles
  of 1000 words or more are marked as long reads.

  Scenario Outline: reading time label
    Given an article of <words> words
    When the reading time is estimated
    Then the label says "<minutes> min read"
    And it is a long read: <long>

    Examples:
      | words | minutes | long |
      | 150   | 1       | no   |
      | 400   | 2       | no   |
      | 401   | 3       | no   |
      | 1200  | 6       | yes  |
      | 2050  | 11      | yes  |
