using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StudyBot.Persistence.Writes;

/// <summary>
/// Puts every write of every <see cref="StudyBotDbContext"/> through the <see cref="WriteGate"/>, so no caller has to
/// remember to: an explicit transaction takes a turn when it begins and gives it back when it commits, rolls back or
/// fails; a SaveChanges outside one takes a turn for the save (its own automatic transaction then rides on it). A
/// transaction disposed without either gives the turn back when its connection closes.
/// </summary>
internal sealed class WriteGateInterceptor(WriteGate gate) : IDbTransactionInterceptor, ISaveChangesInterceptor, IDbConnectionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Holder> _holders = [];

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (HolderOf(eventData.Context) is { Turn: null } holder)
        {
            holder.Take(await gate.EnterAsync(cancellationToken).ConfigureAwait(false), Owner.Transaction);
        }

        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (HolderOf(eventData.Context) is { Turn: null } holder)
        {
            holder.Take(gate.Enter(), Owner.Transaction);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => End(eventData?.Context, Owner.Transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData?.Context, Owner.Transaction);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => End(eventData?.Context, Owner.Transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData?.Context, Owner.Transaction);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => End(eventData?.Context, Owner.Transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndAsync(eventData?.Context, Owner.Transaction);

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (HolderOf(eventData.Context) is { Turn: null } holder)
        {
            holder.Take(await gate.EnterAsync(cancellationToken).ConfigureAwait(false), Owner.Save);
        }

        return result;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (HolderOf(eventData.Context) is { Turn: null } holder)
        {
            holder.Take(gate.Enter(), Owner.Save);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        End(eventData?.Context, Owner.Save);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        End(eventData?.Context, Owner.Save);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => End(eventData?.Context, Owner.Save);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) => EndAsync(eventData?.Context, Owner.Save);

    public void SaveChangesCanceled(DbContextEventData eventData) => End(eventData?.Context, Owner.Save);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) => EndAsync(eventData?.Context, Owner.Save);

    // A transaction disposed without commit or rollback (an exception on the way out) was rolled back by SQLite;
    // its connection closing is the last word, so the turn ends there at the latest.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => End(eventData?.Context, owner: null);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => EndAsync(eventData?.Context, owner: null);

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => End(eventData?.Context, owner: null);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData) => EndAsync(eventData?.Context, owner: null);

    private Holder? HolderOf(DbContext? context) => context is null ? null : _holders.GetValue(context, _ => new Holder());

    private void End(DbContext? context, Owner? owner)
    {
        if (context is not null && _holders.TryGetValue(context, out var holder))
        {
            holder.Release(owner);
        }
    }

    private Task EndAsync(DbContext? context, Owner? owner)
    {
        End(context, owner);
        return Task.CompletedTask;
    }

    private enum Owner
    {
        Transaction,
        Save,
    }

    // One context is used by one flow at a time (EF forbids concurrent use), so its holder needs no lock.
    private sealed class Holder
    {
        private Owner _owner;

        public WriteGate.WriteTurn? Turn { get; private set; }

        public void Take(WriteGate.WriteTurn turn, Owner owner)
        {
            Turn = turn;
            _owner = owner;
        }

        // Only whoever took the turn ends it (a save inside a transaction leaves it to the transaction); a null owner is the connection closing.
        public void Release(Owner? owner)
        {
            if (Turn is { } turn && (owner is null || owner == _owner))
            {
                Turn = null;
                turn.Dispose();
            }
        }
    }
}
