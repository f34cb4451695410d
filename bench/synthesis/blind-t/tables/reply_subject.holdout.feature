Feature: Reply subject line
  Replying to a message puts "Re: " in front of its subject. A subject that already starts with
  "Re: " becomes "Re[2]: ", and one that starts with "Re[n]: " goes up to the next number.

  Scenario Outline: starting a reply
    Given a message with the subject "<subject>"
    When a reply is started
    Then the reply subject is "<reply>"

    Examples:
      | subject                | reply                  |
      | Re: Bins               | Re[2]: Bins            |
      | Re[5]: Parking permits | Re[6]: Parking permits |
      | Residents meeting      | Re: Residents meeting  |
      | Re[99]: Hedge          | Re[100]: Hedge         |
      | Summer fete            | Re: Summer fete        |
      | Re[3]: Choir           | Re[4]: Choir           |
