Feature: Reply subject line
  Replying to a message puts "Re: " in front of its subject. A subject that already starts with
  "Re: " becomes "Re[2]: ", and one that starts with "Re[n]: " goes up to the next number.

  Scenario Outline: starting a reply
    Given a message with the subject "<subject>"
    When a reply is started
    Then the reply subject is "<reply>"

    Examples:
      | subject                | reply                  |
      | Lunch on Friday        | Re: Lunch on Friday    |
      | Re: Lunch on Friday    | Re[2]: Lunch on Friday |
      | Re[2]: Lunch on Friday | Re[3]: Lunch on Friday |
      | Re[9]: Rota            | Re[10]: Rota           |
      | Re[14]: Car boot sale  | Re[15]: Car boot sale  |
      | Reading list           | Re: Reading list       |
      | Minutes                | Re: Minutes            |
      | Fwd: Quiz answers      | Re: Fwd: Quiz answers  |
